"""Redis Cloud PrivateLink: API client, deploy-time handler, construct and CLI."""
