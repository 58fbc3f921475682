# Mensajes de las páginas de listas: inicio, la lista de carreras
# (explorar), carreras por intereses, la comparación, los resultados de
# búsqueda, un grupo ocupacional, la A-Z, el glosario y la página sobre los
# datos.

## Comunes a las páginas de listas

ls-about-the-data = Sobre los datos
ls-compare-hidden = Comparar
ls-compare-career = Comparar { $title }
ls-career = Carrera
ls-median-pay = Salario mediano
ls-projected-change = Cambio proyectado
ls-openings-a-year = Puestos disponibles al año
ls-typical-education = Educación típica para empezar
ls-any = Cualquiera
ls-show-careers = Ver carreras
ls-remove = Quitar
ls-job-zone-word = zona de trabajo
# Una etiqueta con un enlace al glosario ($term: «zona de trabajo»).
ls-preparation-term = Preparación ({ $term })
ls-title-page = { $title }, página { $page }
# El título de la tabla de una lista, después del número de carreras.
ls-caption-releases = { $careers }: salario mediano de { $wages }, cambio proyectado para { $period }
ls-not-rated = sin calificar
# La línea de atribución de O*NET se deja tal cual, en inglés, como pide la
# licencia; esta nota lo explica.
ls-attribution-note = Esta es la línea de atribución que exige la licencia de O*NET; por eso se deja tal como se publicó, en inglés.

## Los tipos de elementos de O*NET (opciones de explorar, glosario)

ls-kind-skills = Habilidades
ls-kind-knowledge = Conocimientos
ls-kind-work-styles = Estilos de trabajo
ls-kind-work-values = Valores laborales

## Encabezados de columna de los CSV ($wages: la edición de los salarios;
## $period: el período de la proyección)

ls-csv-rank = Posición
ls-csv-career = Carrera
ls-csv-soc = Código SOC
ls-csv-group = Grupo
ls-csv-line = En qué consiste el trabajo
ls-csv-median-annual = Salario anual mediano (USD, { $wages })
ls-csv-p10-annual = Salario anual del percentil 10 (USD, { $wages })
ls-csv-p90-annual = Salario anual del percentil 90 (USD, { $wages })
ls-csv-median-hourly = Salario por hora mediano (USD, { $wages })
ls-csv-median-annual-in = Salario anual mediano en { $state } (USD, { $wages })
ls-csv-change-percent = Cambio proyectado (%, { $period })
ls-csv-change-jobs = Cambio en el número de empleos ({ $period })
ls-csv-openings = Puestos disponibles al año ({ $period })
ls-csv-employment = Empleo ({ $wages })
ls-csv-entry-education = Educación típica para empezar
ls-csv-experience = Experiencia laboral en un trabajo relacionado
ls-csv-training = Capacitación en el trabajo
ls-csv-job-zone = Zona de trabajo
ls-csv-job-zone-onet = Zona de trabajo (O*NET)
ls-csv-certifications = Certificaciones
ls-csv-address = Dirección
ls-csv-high-points = Puntos fuertes de interés (O*NET)
ls-csv-area-score = Puntaje del área { $area } (1-7, O*NET)

## Lo que está mal en la dirección de una lista (src/web/params)

ls-error-zone = “{ $value }” no es una zona de trabajo: { $hint }.
ls-error-zone-hint-explore = elija del 1 al 5
ls-error-zone-hint-interests = elija del 1 (poca o ninguna preparación) al 5 (mucha preparación)
ls-error-page = “{ $value }” no es un número de página. Las páginas se numeran desde el 1.
ls-error-career-address = Esa no es la dirección de una carrera.
ls-error-pay-negative = El salario no puede ser menor de $0.
ls-error-pay = “{ $value }” no es una cantidad de dólares al año, como 50000.
ls-error-growth = “{ $value }” no es un porcentaje, como 5 o -2.5.
ls-error-search-long = Su búsqueda tiene { $chars } caracteres; una búsqueda puede tener como máximo { $max }. Pruebe con unas pocas palabras clave, como el nombre de una ocupación.
ls-error-search-control = Su búsqueda contiene caracteres de control. Escríbala de nuevo con letras y números.
ls-error-sort = “{ $value }” no es una forma de ordenar las carreras. Use name, pay, growth, openings o employment.
ls-error-dir = “{ $value }” no es un orden: use asc o desc.
ls-error-group = “{ $value }” no es un grupo ocupacional. Elija uno de la lista.
ls-error-education = “{ $value }” no es un nivel de educación. Elija uno de la lista.
ls-error-uses = “{ $value }” no es una habilidad ni un área de conocimiento. Elija una de la lista.
ls-error-area = “{ $value }” no es un área de interés: use una de las letras R, I, A, S, E o C.
ls-error-second-needs-first = Para elegir una segunda opción hace falta una primera: elija como primera el área que más le guste.
ls-error-third-needs-second = Para elegir una tercera opción hace falta una segunda: elija la segunda área que le guste antes de una tercera.
# $which es first (primera) o second (segunda).
ls-error-already-chosen = { $area } ya es su { $which ->
    [first] primera
   *[second] segunda
} opción: elija otra área, o ninguna.
ls-error-kept-twice = “{ $value }” está guardada dos veces para la comparación.
ls-error-kept-too-many = Una comparación admite como máximo { $max } carreras.
ls-error-kept-unknown = “{ $value }” no es una carrera de este sitio, así que no se puede guardar para la comparación.
ls-error-csv-first = Elija una primera área de interés (R, I, A, S, E o C).

## home.html

ls-home-title = Explorar carreras
ls-home-description = Cómo es de verdad el trabajo, la formación que pide, cuánto paga y hacia dónde va, para cada ocupación de los Estados Unidos, con la fuente de cada cifra.
ls-home-lede = Cómo es de verdad el trabajo, la formación que pide, cuánto paga y hacia dónde va, para { $total } carreras. Cada cifra indica su fuente y su año.
ls-home-search-label = Busque por ocupación, habilidad o escuela
ls-home-search-placeholder = Por ejemplo: enfermera, soldador, contador, 29-2072
ls-home-interest-heading = ¿No sabe bien qué busca?
ls-home-interest-text = Empiece por lo que le gusta hacer: construir y reparar, descubrir cosas, crear, ayudar a las personas, dirigir u organizar. { $link }.
ls-home-interest-link = Encuentre carreras según sus intereses
ls-home-groups-heading = Ver por área de trabajo
ls-home-explore = { $link } por área, estudios, salario y crecimiento; después marque hasta cuatro para compararlas lado a lado.
ls-home-explore-link = Filtre y ordene todas las carreras
ls-home-in-depth-heading = Carreras en detalle
ls-home-in-depth-text = Escritas por nuestro propio equipo a partir de guías de carreras, con tareas, habilidades, escuelas y certificaciones.
ls-home-a-z = Todas las carreras de la A a la Z

## explore.html

ls-explore-title = Explorar carreras
ls-explore-title-bad = Explorar carreras: algo en la dirección no está bien
ls-explore-description = Todas las carreras, filtradas por área, educación, preparación, salario, crecimiento y las habilidades y conocimientos que usan, y ordenadas como usted elija.
# $scope es all cuando la lista tiene todas las ocupaciones.
ls-explore-lede = Reduzca { $scope ->
    [all] todas las ocupaciones
   *[some] las carreras
} a unas pocas: elija un área, cuántos estudios y cuánta preparación, una habilidad o materia que use el trabajo, el salario y el crecimiento mínimos que busca, y cómo ordenarlas. Puede compartir la dirección de la lista.
ls-explore-field = Área
ls-explore-every-field = Todas las áreas
ls-explore-uses = Usa esta habilidad o conocimiento (importante o más)
ls-explore-pay = Salario mediano mínimo ($ al año)
ls-explore-growth = Crecimiento proyectado mínimo (%)
ls-explore-words = Palabras del nombre de la ocupación
ls-explore-sort = Ordenar por
ls-explore-order = Orden
ls-explore-clear = Borrar
ls-explore-sort-name = Nombre
ls-explore-sort-growth = Crecimiento proyectado
ls-explore-order-usual = Orden habitual
ls-explore-order-highest = De mayor a menor
ls-explore-order-lowest = De menor a mayor
ls-explore-none = Ninguna carrera cumple con todas sus opciones.
ls-explore-loosen = Sin { $filter }, { $link }.
ls-explore-loosen-link = { $count ->
    [one] { $count } carrera cumple
   *[other] { $count } carreras cumplen
}
ls-explore-without-group = el área
ls-explore-without-education = la educación
ls-explore-without-zone = la zona de trabajo
ls-explore-without-pay = el salario mínimo
ls-explore-without-growth = el crecimiento mínimo
ls-explore-without-uses = la habilidad o el área de conocimiento
ls-explore-without-words = las palabras
ls-explore-caption = { $count ->
    [one] { $total } carrera
   *[other] { $total } carreras
}
ls-explore-csv = las carreras de esta lista
ls-explore-sources = Salario y empleo: U.S. Bureau of Labor Statistics (Oficina de Estadísticas Laborales), { $oews }. Cambio, puestos disponibles y educación: U.S. Bureau of Labor Statistics, { $projections }. Zonas de trabajo: O*NET. Habilidades y conocimientos: O*NET 29.3. { $link }.

## interests.html, partials/interest_areas.html

ls-interests-title = Encuentre carreras según lo que le gusta hacer
ls-interests-title-bad = Carreras por intereses: algo en la dirección no está bien
ls-interests-title-chosen = Carreras según sus intereses: { $names }
ls-interests-title-zone = { $title }, zona de trabajo { $zone }
ls-interests-description = Empiece por lo que le gusta hacer: seis áreas de interés explicadas con palabras sencillas y las carreras cuyo trabajo encaja con ellas, con su salario, crecimiento y educación.
ls-interests-lede = La mayoría de las personas no empieza por el nombre de una ocupación, sino por lo que disfruta hacer. Quienes estudian las carreras agrupan lo que a la gente le gusta hacer en seis áreas de interés. Elija la que más se parezca a usted, y una segunda y una tercera si quiere, y vea las carreras cuyo trabajo más se apoya en ellas. No guardamos nada de lo que elige: todo está en la dirección de la página, así que puede compartirla.
ls-interests-legend = ¿Qué le gusta hacer?
ls-interests-first = Lo que más
ls-interests-choose = Elija un área
ls-interests-second = Después (opcional)
ls-interests-no-second = Sin segunda opción
ls-interests-third = Y después (opcional)
ls-interests-no-third = Sin tercera opción
ls-interests-zone = Cuánta preparación puede hacer ({ $term })
ls-interests-any-zone = Cualquier preparación
ls-interests-start-again = Empezar de nuevo
ls-interests-results = Carreras para sus intereses: { $choices }
# Las áreas elegidas, en orden.
ls-interests-chosen-1 = { $first }
ls-interests-chosen-2 = { $first } y, después, { $second }
ls-interests-chosen-3 = { $first }, después { $second } y, por último, { $third }
ls-interests-only-zone = Solo carreras de la { $zone }.
ls-interests-zone-words = zona de trabajo { $zone }, { $name }: { $meaning }
ls-interests-order = Cómo se ordena la lista: una carrera aparece cuando una de sus áreas de interés principales (los puntos fuertes de O*NET) es una de las que usted eligió. Primero van las carreras cuyas áreas principales siguen sus opciones en el mismo orden; después, las que comparten más de sus áreas en otro orden. Si hay un empate, va primero la que tiene los puntajes de O*NET más altos en sus áreas.
ls-interests-kept = Guardadas para comparar
ls-interests-compare-kept = Comparar estas { $count } carreras
ls-interests-keep-more = Guarde al menos una carrera más para poder compararlas.
ls-interests-narrow-label = Agregar otra opción
# $which es second (segunda) o third (tercera).
ls-interests-narrow = Agregue una { $which ->
    [second] segunda
   *[third] tercera
} opción:
ls-interests-none = Ninguna carrera coincide con estas opciones.
ls-interests-none-zone = Ninguna carrera coincide con estas opciones en esta zona de trabajo: pruebe con cualquier preparación.
ls-interests-caption = { $count ->
    [one] { $total } carrera
   *[other] { $total } carreras
}, de la que más coincide a la que menos
ls-interests-strongest = Intereses principales
ls-interests-job-zone = Zona de trabajo
ls-interests-keep-column = Guardar para comparar
ls-interests-is-kept = Guardada
# $title es el nombre de la carrera, solo para lectores de pantalla.
ls-interests-keep = Guardar{ $title } para comparar
ls-interests-csv = estas carreras
ls-interests-sources = Áreas de interés, puntajes y zonas de trabajo: O*NET. Salario y empleo: U.S. Bureau of Labor Statistics (Oficina de Estadísticas Laborales), { $oews }. Cambio y educación: U.S. Bureau of Labor Statistics, { $projections }. { $link }.
ls-areas-heading = Las seis áreas de interés
ls-areas-intro = Cada área es un tipo de trabajo que la gente disfruta. A la mayoría de las personas le gusta más de una. Las letras entre paréntesis son la forma corta en que suelen escribirse las áreas (esta manera de agrupar los intereses es el modelo de Holland, también llamado RIASEC).
ls-area-heading = { $name } ({ $letter }): { $headline }
ls-area-you-may-like = Puede que le guste si disfruta de:
ls-area-careers = Carreras para el área { $name }
# Una opción del formulario: el nombre del área y su resumen.
ls-area-option = { $name } ({ $headline })

## Las seis áreas de interés (src/web/views/interests.rs). Los nombres
## concuerdan con «área» (femenino).

ls-area-r = Realista
ls-area-r-headline = construir, reparar y trabajar al aire libre
ls-area-r-summary = Trabajo práctico y manual con herramientas, máquinas, materiales, plantas o animales: problemas que se pueden ver y tocar, muchas veces al aire libre, en una obra o en un taller y no en un escritorio.
ls-area-r-activity-1 = desarmar una bicicleta, un teléfono o un motor para ver cómo funciona
ls-area-r-activity-2 = construir o arreglar cosas en casa
ls-area-r-activity-3 = cultivar alimentos o cuidar animales
ls-area-r-activity-4 = estar al aire libre y en movimiento
ls-area-i = Investigadora
ls-area-i-headline = pensar, estudiar y descubrir
ls-area-i-summary = Trabajar con datos e ideas: observar, investigar, hacer pruebas y razonar hasta que un enigma tenga sentido. Se trata más de pensar bien las cosas que de convencer a la gente.
ls-area-i-activity-1 = averiguar por qué un experimento no salió como se esperaba
ls-area-i-activity-2 = leer sobre cómo funcionan el cuerpo, la naturaleza o el espacio
ls-area-i-activity-3 = resolver acertijos de matemáticas o de lógica
ls-area-i-activity-4 = escribir un pequeño programa para responder una pregunta
ls-area-a = Artística
ls-area-a-headline = crear, diseñar y actuar
ls-area-a-summary = Hacer algo nuevo y expresarse: con palabras, imágenes, música, movimiento o diseño. Tener espacio para probar sus propias ideas importa más que seguir rutinas fijas.
ls-area-a-activity-1 = dibujar, pintar o tomar fotos
ls-area-a-activity-2 = escribir cuentos, poemas o canciones
ls-area-a-activity-3 = actuar, bailar o tocar en una banda
ls-area-a-activity-4 = diseñar carteles, ropa, espacios o videos
ls-area-s = Social
ls-area-s-headline = ayudar, enseñar y cuidar
ls-area-s-summary = Trabajar con personas para ayudarlas: enseñar, aconsejar, tratar, cuidar o atender a otros, y hablar las cosas con ellos.
ls-area-s-activity-1 = explicarle la tarea a un amigo
ls-area-s-activity-2 = cuidar a niños más pequeños o a familiares mayores
ls-area-s-activity-3 = hacer trabajo voluntario por una causa
ls-area-s-activity-4 = escuchar a alguien que tiene un problema
ls-area-e = Emprendedora
ls-area-e-headline = dirigir, convencer y poner cosas en marcha
ls-area-e-summary = Tomar la iniciativa y lograr resultados a través de otras personas: decidir, organizar, convencer, vender ideas o productos, y correr algunos riesgos para alcanzar una meta.
ls-area-e-activity-1 = presentarse al consejo estudiantil o dirigir un club
ls-area-e-activity-2 = organizar un evento o una recaudación de fondos
ls-area-e-activity-3 = vender cosas por internet o en un mercado
ls-area-e-activity-4 = defender una postura en un debate
ls-area-c = Convencional
ls-area-c-headline = organizar, revisar y llevar el control
ls-area-c-summary = Trabajo ordenado con información: números, registros, archivos y horarios, siguiendo procedimientos claros y cuidando cada detalle.
ls-area-c-activity-1 = mantener en orden un presupuesto, un horario o una colección
ls-area-c-activity-2 = ordenar archivos, fotos o apuntes para que todo se pueda encontrar
ls-area-c-activity-3 = revisar un trabajo para encontrar errores
ls-area-c-activity-4 = llenar una hoja de cálculo
# Nombres de áreas en una frase: «y» se vuelve «e» ante la I de
# Investigadora ($letter es la letra de la última área).
ls-areas-and = { $rest } { $letter ->
    [I] e
   *[other] y
} { $last }
# Qué punto fuerte es un área (concuerda con «punto fuerte»).
ls-rank-first = primero
ls-rank-second = segundo
ls-rank-third = tercero

## El perfil de intereses en el resumen de una carrera (src/web/views/interests.rs)

ls-profile-chart-title = Puntajes de interés de { $title }
ls-profile-chart-description = Puntajes de O*NET de 1 (bajo) a 7 (alto): { $scores }.
ls-profile-high-point = Punto fuerte
ls-profile-other-area = Otra área
ls-profile-chart-caption = Puntajes de 1 (bajo) a 7 (alto).

## compare.html

ls-compare-title = Comparar carreras
ls-compare-title-careers = Comparar: { $titles }
ls-compare-description = Carreras lado a lado: salario, empleos, crecimiento, educación y capacitación, cada cifra con su fuente.
ls-compare-heading = Comparar carreras
ls-compare-lede = Hasta cuatro carreras lado a lado: cuánto pagan, cuántas personas trabajan en ellas, cómo se espera que cambie su número de empleos y qué hace falta para empezar. Cada cifra tiene su fuente y su edición; puede compartir la dirección, y la página se imprime en una sola hoja.
ls-compare-not-found = Ninguna carrera coincide con “{ $words }”. Pruebe con otro nombre, o { $link }.
ls-compare-not-found-link = elija una de la lista de carreras
ls-compare-add-none = Ninguna carrera coincide con “{ $words }”.
ls-compare-empty = Elija las carreras que quiere comparar: márquelas en { $link }, en la página de un área o en los resultados de una búsqueda, o escriba una abajo.
ls-compare-empty-link = la lista de carreras
ls-compare-caption-state = { $titles }, con el salario en { $state }
ls-compare-what = Qué
ls-compare-line = En qué consiste el trabajo
# $term es un enlace al glosario con el texto de ls-compare-median-word.
ls-compare-median-pay = Salario anual { $term }
ls-compare-median-word = mediano
ls-compare-most-earn = la mayoría gana { $range } al año
ls-compare-median-in = Salario anual mediano en { $state }
ls-compare-employed = Personas empleadas
# $period va marcado para que no se corte entre dos líneas.
ls-compare-change = { $percent } ({ $change } empleos) en { $period }
ls-compare-experience = Experiencia en un trabajo relacionado
ls-compare-training = Capacitación en el trabajo
ls-compare-zone = { $zone } de 5: { $name }
ls-compare-top-skills = Habilidades principales
ls-compare-certifications = Certificaciones
ls-compare-none-listed = no se indica ninguna
ls-compare-see-career = vea la página de la carrera
ls-compare-change-comparison = Cambiar la comparación
ls-compare-csv = esta comparación
ls-compare-add = Agregar una carrera
ls-compare-add-placeholder = Nombre o código de una ocupación
ls-compare-add-button = Agregar
ls-compare-unknown = No tenemos ninguna carrera llamada “{ $name }”. Puede que haya cambiado de nombre o que el enlace esté mal escrito.
ls-compare-unknown-fix = Comparar las demás
ls-compare-too-many = Una comparación muestra como máximo { $max } carreras, para que quepan lado a lado en una página; la dirección pide { $count }.
ls-compare-too-many-fix = Comparar las { $max } primeras
ls-compare-twice = La dirección nombra la misma carrera más de una vez.
ls-compare-twice-fix = Comparar cada carrera una sola vez

## search.html, src/web/views/search_results.rs

ls-search-title = Buscar
ls-search-title-query = Buscar: { $query }
ls-search-description = Busque carreras, nombres de ocupaciones, programas informáticos, herramientas, habilidades, certificaciones y escuelas.
ls-search-heading = Buscar
ls-search-no-words = Su búsqueda “{ $query }” no tiene letras ni números que buscar. Pruebe con el nombre de una ocupación, una habilidad o una ciudad.
ls-search-prompt = Escriba en el buscador de arriba el nombre de una ocupación, una tarea, una habilidad, una certificación, una escuela o una ciudad.
ls-search-nothing = No se encontró nada para “{ $query }”.
ls-search-did-you-mean = Quizás quiso decir
ls-search-nothing-close = Ninguna carrera, ocupación ni escuela se parece a “{ $query }”. Revise cómo lo escribió o pruebe con otras palabras, o encuentre una carrera de otra manera:
ls-search-browse = Ver carreras por área
ls-search-interests = Encontrar carreras que vayan con sus intereses
ls-search-respelt = Se muestran resultados para { $words }. { $link }.
ls-search-as-typed = Buscar “{ $query }” tal como lo escribió
ls-search-all-results = Todos los resultados para “{ $query }”
ls-search-count = { $count ->
    [one] { $shown } resultado
   *[other] { $shown } resultados
} para “{ $query }”.
ls-search-any-word = Ningún resultado tiene todas las palabras, así que estos tienen al menos una.
ls-search-groups = Grupos de resultados
ls-search-matched = coincide con:
ls-search-median-pay = Salario mediano: { $pay }
ls-search-careers = Carreras
ls-search-all-careers = Las { $count } carreras encontradas
ls-search-what-they-use = Qué usan
ls-search-importance = Importancia
ls-search-uses-software = Carreras que usan { $name } (programa informático)
ls-search-uses-tool = Carreras que usan { $name } (herramientas)
ls-search-uses-skill = Carreras que requieren { $name } (habilidad)
ls-search-uses-knowledge = Carreras que requieren conocimientos de { $name }
ls-search-uses-style = Carreras que piden { $name } (estilo de trabajo)
ls-search-all-software = Las { $count } carreras que usan { $name }
ls-search-all-tool = Las { $count } carreras que usan { $name }
ls-search-all-skill = Las { $count } carreras que requieren { $name }
ls-search-all-knowledge = Las { $count } carreras que requieren conocimientos de { $name }
ls-search-all-style = Las { $count } carreras que piden { $name }
ls-search-intro-software = Carreras cuyos trabajadores lo usan, según la lista de programas de O*NET: primero aquellas cuyos anuncios de empleo más lo piden (en demanda), después aquellas en las que es una tecnología clave y, al final, las carreras con más trabajadores.
ls-search-intro-tool = Carreras cuyos trabajadores usan estas herramientas, según la lista de O*NET, empezando por las carreras con más trabajadores.
ls-search-intro-rated = Carreras para las que O*NET lo califica como importante (3 o más de 5): primero aquellas en las que más importa y después las carreras con más trabajadores.
ls-search-importance-of = importancia { $score } de 5
ls-search-in-demand-hot = en demanda, tecnología clave
ls-search-in-demand = en demanda
ls-search-hot = tecnología clave
ls-search-certifications = Certificaciones
ls-search-duties = Tareas
ls-search-skills = Habilidades
ls-search-schools = Escuelas
ls-search-all-certifications = Las { $count } certificaciones
ls-search-all-duties = Las { $count } tareas
ls-search-all-skills = Las { $count } habilidades
ls-search-all-schools = Las { $count } escuelas

## group.html, a_z.html (src/web/handlers/groups.rs)

ls-group-description = Las { $count } carreras del grupo { $group }: cuánto paga cada una y cómo se espera que cambie su número de empleos.
ls-group-kicker = Grupo ocupacional
ls-group-lede = { $count ->
    [one] { $count } carrera
   *[other] { $count } carreras
}, con el salario mediano de cada una en { $wages } y el cambio proyectado en el número de empleos para { $period }.
ls-group-explore = { $link } por salario, crecimiento, educación y preparación.
ls-group-explore-link = Filtre y ordene las carreras de este grupo
ls-group-caption = Carreras del grupo { $group }, por nombre
ls-group-median-pay = Salario mediano, { $wages }
ls-group-projected-change = Cambio proyectado, { $period }
ls-group-sources = Salario: U.S. Bureau of Labor Statistics (Oficina de Estadísticas Laborales), { $oews }, { $wages }. Cambio y educación: U.S. Bureau of Labor Statistics, { $projections }, { $period }. { $link }.
ls-a-z-title = Carreras de la A a la Z
ls-a-z-description = Las { $total } carreras de la guía, de la A a la Z.
ls-a-z-lede = Las { $total } carreras de la guía.
ls-a-z-letters = Letras

## glossary.html

ls-glossary-title = Glosario
ls-glossary-description = Qué significan, en palabras sencillas, mediana, percentil, período de proyección, certificado, credencial, licencia, las siglas de las certificaciones y las habilidades, conocimientos, estilos de trabajo y valores laborales de las páginas de carreras.
ls-glossary-lede = Palabras que las guías de carreras usan sin explicarlas. Las páginas de este sitio enlazan la primera vez que aparece cada una con su explicación en esta página.
ls-glossary-empty = Todavía no se ha agregado ningún término.
ls-glossary-elements = Las páginas de carreras también califican lo que pide cada trabajo, según las calificaciones de O*NET. Aquí explicamos con nuestras palabras qué significa cada una.
ls-glossary-skills-intro = Capacidades que se desarrollan con la práctica y sirven en muchos tipos de trabajo. Las páginas de carreras califican qué tan importante es cada una (de 1 a 5) y el nivel que pide el trabajo (de 0 a 7).
ls-glossary-knowledge-intro = Materias que se aprenden y se conocen. Las páginas de carreras califican qué tan importante es cada una (de 1 a 5) y cuánto de ella pide el trabajo (de 0 a 7).
ls-glossary-work-styles-intro = Hábitos y cualidades de las personas que hacen bien un trabajo. Las páginas de carreras califican qué tan importante es cada uno (de 1 a 5).
ls-glossary-work-values-intro = Lo que un trabajo puede darles a quienes lo hacen. Las páginas de carreras califican cuánto ofrece un trabajo de cada uno (de 1 a 7).

## about_data.html

ls-about-title = De dónde vienen los datos
ls-about-description = De dónde vienen las cifras: los conjuntos de datos públicos, sus ediciones, sus licencias y sus créditos.
ls-about-lede = Las cifras de cada ocupación vienen de las publicaciones de los programas de estadística del gobierno de los Estados Unidos. Copiamos las cifras tal como se publican, con su edición, y escribimos cada descripción con nuestras propias palabras. Las carreras escritas en detalle también citan las guías que usamos para escribirlas, en sus propias páginas.
ls-about-no-datasets = Esta copia del sitio se creó sin los conjuntos de datos públicos.
ls-about-heading = { $name }, { $release }
ls-about-heading-glossed = { $name } ({ $gloss }), { $release }
ls-about-publisher = Quién lo publica
ls-about-release = Edición
ls-about-license = Licencia
ls-about-from = De dónde se obtuvo
ls-about-files = Archivos
# Por qué la línea de atribución se deja tal cual, en inglés.
ls-about-attribution-license = Esta es la línea de atribución que exige la licencia; por eso se deja tal como se publicó, en inglés.
ls-about-attribution-source = Así pide la fuente que se la cite; se deja tal como se publicó, en inglés.
ls-about-flags-heading = Cifras que no se publican
ls-about-flags = La BLS deja fuera algunas cifras y explica por qué. Nosotros mostramos el motivo, nunca un cero ni un espacio en blanco: un salario por encima de la cifra más alta que publica la BLS dice “o más”; el salario de un trabajo que se paga por hora y no durante todo el año (el de los actores, por ejemplo) aparece solo por hora; una estimación que la BLS no dio a conocer dice “no publicado”.
# Qué quiere decir el nombre de cada conjunto de datos (los nombres se
# dejan en inglés, como se publicaron).
ls-about-gloss-bls-oews = estadísticas de empleo y salarios por ocupación
ls-about-gloss-bls-projections = proyecciones de empleo
ls-about-gloss-onet = base de datos de información sobre las ocupaciones
ls-about-gloss-college-scorecard = datos de las universidades por área de estudio
ls-about-gloss-cip-soc = tabla que relaciona las áreas de estudio con las ocupaciones
ls-about-gloss-soc-titles = lista de nombres de empleos de la clasificación de ocupaciones de 2018
