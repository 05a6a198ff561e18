# export: English
