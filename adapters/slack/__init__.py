"""The Slack door: Slack payloads in, Block Kit out, on slack-bolt.

The translation (`inbound`, `blocks`, `mrkdwn`, `outbound`, `payloads`) is pure and works on
raw payload JSON; `door`, `delivery`, `lifecycle` and `webapi` are the I/O shell on the SDK, and
`config` builds the door from the settings. Import from the modules: this package imports
nothing itself, so the pure converters load without slack-bolt or aiohttp.
"""
