# Mensajes de las páginas del grupo «pay».
