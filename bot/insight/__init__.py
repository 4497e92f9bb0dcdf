"""What the Q&A's owners may learn from use: redacted unanswered questions, counts, a report."""
