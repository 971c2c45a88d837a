//! Reads vendor API metadata, builds the model, renders the generated crates.
