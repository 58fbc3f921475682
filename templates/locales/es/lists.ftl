# Mensajes de las páginas del grupo «lists».
