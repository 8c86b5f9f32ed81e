"""The strategy wizard: seven pages from "why are we online?" to a sustainable plan."""
