"""The `llm-advisor` command line: one module per subcommand, all calling advisor.core."""
