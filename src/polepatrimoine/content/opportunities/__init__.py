"""Jeunes-Pros du Patrimoine: trades and the offers of the network's structures."""
