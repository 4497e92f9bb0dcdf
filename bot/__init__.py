"""The house around the conversation: the core/door contract, turn pipeline, stores, settings."""
