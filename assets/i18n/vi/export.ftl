# export: Vietnamese (tiếng Việt)
