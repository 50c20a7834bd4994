"""Text handling shared by the rules: language, sentences, greetings, offsets."""
