"""The checklist page: questions, answers, notes, undo and answer history."""
