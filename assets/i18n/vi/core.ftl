# core: Vietnamese (tiếng Việt)
