"""The Slack door: pure converters (`inbound`, `blocks`, `mrkdwn`) and thin slack-bolt glue.

Import from the modules: this package imports nothing itself, so loading a converter does not
load slack-bolt. `bot.doors` builds the door from the settings.
"""
