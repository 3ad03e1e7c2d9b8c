print("weefsel")
