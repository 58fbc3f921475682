# Mensajes de las páginas del grupo «overview».
