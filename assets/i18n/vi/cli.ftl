# cli: Vietnamese (tiếng Việt)
