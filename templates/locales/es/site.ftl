# El marco del sitio: diseño, navegación, buscador, pie de página y páginas de error.

site-name = Guía de Carreras
skip-to-main = Ir al contenido principal
nav-label = Sitio
nav-explore = Explorar
nav-interests = Por intereses
nav-a-z = Carreras de la A a la Z
nav-schools = Escuelas
nav-glossary = Glosario
search-label = Buscar
search-placeholder = Ocupación, habilidad, escuela…
search-button = Buscar
footer-about = La Guía de Carreras explica los empleos con palabras sencillas y muestra de dónde sale cada cifra. Las cifras son las que publican sus fuentes; antes de decidir, confírmelas con las escuelas y los empleadores.
footer-data = { $link }: la Oficina de Estadísticas Laborales de EE. UU. (BLS) y O*NET (Departamento de Trabajo de EE. UU.), con sus ediciones, licencias y créditos.
footer-data-link = De dónde vienen los datos

## Páginas de error.

error-status = Error { $status }
error-check-parameter = Revise { $parameter } en la dirección, o quítelo.
error-reference = Si vuelve a ocurrir, indíquenos esta referencia: { $reference }.
error-browse = Ver todas las carreras
error-not-found-heading = No encontramos esta página
error-not-found-text = No hay ninguna página en esta dirección. Puede que el enlace esté mal escrito o sea antiguo: busque la carrera o vea la lista completa.
error-bad-request-heading = Algo en la dirección no está bien
error-bad-request-text = No se puede leer un valor de la dirección.
error-moved-heading = Esta página cambió de dirección
error-moved-text = La página está ahora en otra dirección.
error-method-heading = Este tipo de solicitud no está disponible
error-method-text = Este sitio solo se puede leer: responde a solicitudes GET y HEAD.
error-too-long-heading = Esta dirección es demasiado larga
error-too-long-text = La dirección es más larga que la de cualquier página de este sitio. Revise el enlace o vuelva a empezar desde la página principal.
error-internal-heading = Algo falló de nuestro lado
error-internal-text = No se pudo preparar la página en este momento. Vuelva a intentarlo en un momento.
