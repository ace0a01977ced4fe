"""对标 use cases: the sets (shipped, imported, from the catalogue) and comparing a standard with
them. A set is advice: nothing here touches a check's verdict or exit code."""
