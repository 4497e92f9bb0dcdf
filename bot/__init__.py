"""The house around the conversation: the core/door contract, the turn pipeline, stores, settings."""
