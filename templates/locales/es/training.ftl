# Mensajes de las páginas del grupo «training».
