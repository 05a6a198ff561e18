# core: English
