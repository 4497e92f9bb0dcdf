"""The conversation, pure: (state, Turn) -> (new state, Replies). No I/O, no platform names."""
