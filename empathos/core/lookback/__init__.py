"""Look back: bids for connection in a chat history and how they were answered (pure)."""
