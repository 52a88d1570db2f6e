#!/usr/bin/env bash
# Writes a test-only CA and a server certificate signed by it into __tests__/fixtures/tls/:
#   ca.pem           CA certificate, for NODE_EXTRA_CA_CERTS or a client's `ca` option
#   server-key.pem   server private key (P-256, unencrypted)
#   server-cert.pem  server certificate for localhost, api.aircall.test, 127.0.0.1 and ::1
# Both certificates are valid for 100 years from 2020-01-01, so the committed files never need
# renewing and a test machine whose clock runs behind still accepts them. The CA key is deleted
# after signing, so nothing else can ever be issued under this CA.
# Usage: scripts/make-test-certs.sh   (needs openssl; the tests only read the committed files)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="$repo_root/__tests__/fixtures/tls"
not_before=20200101000000Z
not_after=21200101000000Z

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

# `openssl ca` is used because it is the only signing command of OpenSSL 3.0 that accepts an
# explicit start date.
cat > "$work_dir/openssl.cnf" <<CONF
[ca]
default_ca = test_ca

[test_ca]
database = $work_dir/index.txt
new_certs_dir = $work_dir
serial = $work_dir/serial
default_md = sha256
policy = accept_any
unique_subject = no
copy_extensions = none

[accept_any]
commonName = supplied

[ca_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, DNS:api.aircall.test, IP:127.0.0.1, IP:::1
authorityKeyIdentifier = keyid
CONF
touch "$work_dir/index.txt"
echo 1000 > "$work_dir/serial"

sign() {
  openssl ca -batch -notext -config "$work_dir/openssl.cnf" \
    -startdate "$not_before" -enddate "$not_after" "$@"
}

# CA key and self-signed certificate
openssl ecparam -name prime256v1 -genkey -noout -out "$work_dir/ca-key.pem"
openssl req -new -key "$work_dir/ca-key.pem" \
  -subj "/CN=Aircall Credentials Check test CA (test only)" -out "$work_dir/ca.csr"
sign -selfsign -keyfile "$work_dir/ca-key.pem" -extensions ca_ext \
  -in "$work_dir/ca.csr" -out "$work_dir/ca.pem"

# Server key and certificate, signed by the CA
openssl ecparam -name prime256v1 -genkey -noout -out "$work_dir/server-key.pem"
openssl req -new -key "$work_dir/server-key.pem" -subj "/CN=api.aircall.test" \
  -out "$work_dir/server.csr"
sign -cert "$work_dir/ca.pem" -keyfile "$work_dir/ca-key.pem" -extensions server_ext \
  -in "$work_dir/server.csr" -out "$work_dir/server-cert.pem"

openssl verify -CAfile "$work_dir/ca.pem" "$work_dir/server-cert.pem" >/dev/null

mkdir -p "$out_dir"
cp "$work_dir/ca.pem" "$work_dir/server-key.pem" "$work_dir/server-cert.pem" "$out_dir/"
chmod 644 "$out_dir"/*.pem
echo "Wrote ca.pem, server-key.pem and server-cert.pem to $out_dir"
