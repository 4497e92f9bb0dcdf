"""The house around the core: settings, the turn pipeline, stores, the web server, the CLI."""
