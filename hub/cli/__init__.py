"""The ``facility-hub`` command line: one entry point, noun-verb subcommands, one module per group."""
