"""What an article's sentences say, below events/: dates, quantities, tactics, actors and the event type of a passage."""
