// An ES module that does nothing, so that scripts/bench.mjs can time Node's own start and exit.
