"""The Teams door: Bot Framework activities in, Adaptive Cards out, on botbuilder.

The translation (`inbound`, `cards`, `outbound`) is pure and works on raw activity JSON; only
`door` and `config` touch the SDK, and `package` builds the app package to upload. Import from
the modules: this package imports nothing itself, so the CLI loads the SDK only when serving.
"""
