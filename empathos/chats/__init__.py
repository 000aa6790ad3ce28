"""Look back at a chat export: importers, the streaming run over the engine, the report."""
