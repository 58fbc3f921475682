# Mensajes de las páginas del grupo «pay»: salario y perspectivas de empleo.

## templates/career/salary.html y su controlador (src/web/handlers/salary.rs)

# Descripción de la página. $people: los trabajadores de la carrera, en
# plural y sin artículo; $when: la edición de los salarios ("mayo de 2025").
pay-salary-description = Salarios de { $people }: cuánto se paga en { $when } en todo Estados Unidos, en cada estado y en las industrias que más personas emplean, con la fuente de cada cifra.
pay-salary-description-own = Salarios de { $people }: percentiles de salario, salario mediano por industria, por ciudad y por experiencia, y medianas de distintos años, cada cifra con su fuente y su año.
# Frase inicial; $medians y $percentiles son enlaces al glosario.
pay-salary-lede = Cuánto se gana en esta carrera, expresado en { $medians } y { $percentiles }.
pay-salary-lede-own = Cuánto se gana en esta carrera, expresado en { $medians } y { $percentiles }, según varias fuentes y años. Las cifras no coinciden porque miden grupos distintos de trabajadores en años distintos; por eso cada una conserva su propio año y su propia fuente.
pay-medians-word = medianas
pay-percentiles-word = percentiles
pay-source = Fuente:
pay-not-given = no indicado
pay-col-point = Punto de la escala
pay-col-meaning = Significado
pay-col-pay = Salario
pay-col-annual = Salario anual
pay-col-median-annual = Salario anual mediano
pay-col-year = Año
pay-col-source = Fuente
pay-col-industry = Industria
pay-col-area = Área
pay-col-us = Estados Unidos
# Un percentil como encabezado o medida; $nth: «10.º».
pay-percentile-head = Percentil { $nth }
pay-col-employed = Personas empleadas
pay-col-covered = Trabajadores incluidos

# Salario en todo el país. $workers es un enlace al glosario.
pay-us-heading = Salario en todo Estados Unidos, { $when }
pay-us-caption = Salario anual de { $employment } { $workers }, { $when }
pay-us-workers = trabajadores asalariados
# Después de «Fuente:» y el número de la fuente.
pay-us-note = { $when }. El salario anual es el salario por hora multiplicado por 2,080 horas cuando la BLS lo publica por hora{ $hourly ->
    [yes] ; para este trabajo, que suele pagarse por hora y no durante todo el año, la BLS solo publica el salario por hora
   *[no] {""}
}.
pay-csv-us = los salarios en todo Estados Unidos

# Salario donde usted vive. $place: el estado elegido.
pay-state-heading = Salario donde usted vive
pay-state-caption = Salario anual en { $place } comparado con todo el país, { $when }
pay-state-none = La BLS no publica cifras de { $people } en { $place }: allí hay muy pocas personas en este trabajo para hacer una estimación confiable, o la estimación no se publicó. Las cifras nacionales de arriba le siguen sirviendo de guía.
pay-areas-heading = Ciudades y áreas de { $place }
pay-areas-caption = Salario anual por área metropolitana y no metropolitana de { $place }, { $when }
pay-areas-note = { $when }. Un área que abarca varios estados aparece en cada uno de ellos.
pay-csv-areas = los salarios en las áreas de { $place }
pay-areas-none = La BLS no publica cifras de esta carrera en las ciudades y áreas de { $place }.
pay-state-choose = Elija un estado para ver su salario comparado con el de todo el país, y el salario en sus ciudades.

# Salario por estado, con su mapa.
pay-by-state-heading = Salario por estado
pay-map-title = Salario anual mediano de { $people } por estado, { $when }
pay-map-tile = { $name }: mediana de { $amount }
pay-map-tile-none = { $name }: sin mediana publicada
pay-map-band = de { $from } a { $to }
pay-map-band-under = de { $from } a menos de { $to }
pay-map-no-median = sin mediana publicada
pay-map-caption = Salario anual mediano por estado, en cinco tonos que agrupan cada uno a un número parecido de estados. Elija un estado para ver su salario y sus ciudades; la tabla de abajo tiene todas las cifras.
pay-states-order-help = Elija el encabezado de una columna para ordenar la tabla por ella; puede compartir la dirección de la tabla ordenada.
pay-states-missing = La BLS no publica cifras de esta carrera en { $n } de los 54 estados y territorios que abarca.
pay-states-caption = Salario anual por estado, { $when }
pay-col-state = Estado
pay-csv-states = los salarios por estado

# Salario por industria (cifras actuales).
pay-industry-heading = Salario en las industrias que más emplean
pay-industry-caption = Salario anual por industria, { $when }, primero las que más emplean
pay-csv-industry = los salarios por industria
# $occupation: los trabajadores de la carrera, en plural y en minúsculas.
pay-no-wages = La encuesta de salarios de { $when } no publica cifras de salario de { $occupation }.
# Para una carrera escrita a mano: $title es el nombre de la ocupación de
# la BLS, tal como se publica.
pay-no-wages-bls = La encuesta de salarios de { $when } no publica cifras de salario para la ocupación «{ $title }».

# Las tablas propias de una carrera escrita a mano.
pay-other-heading = Cifras de nuestras otras fuentes
pay-other-intro = Cifras más antiguas de las publicaciones con las que se escribió la página de esta carrera, cada una con su año, de la más reciente a la más antigua.
pay-range-heading = Escala de salarios
pay-range-caption = Salario anual en el extremo bajo, en el medio y en el extremo alto
pay-csv-range = la escala de salarios
pay-own-industry-heading = Salario por industria
pay-own-industry-caption = Salario anual mediano en las industrias que emplean a más trabajadores, de mayor a menor

# Salario por ciudad y experiencia.
pay-city-heading = Salario por ciudad y experiencia
pay-city-intro = Ordenado por { $sort }. Elija el encabezado de una columna para ordenar por ella; puede compartir la dirección de la tabla ordenada.
pay-city-caption = Salario anual mediano por ciudad y años de experiencia, ordenado por { $sort }
pay-csv-city = los salarios por ciudad, en el orden que se muestra
pay-col-city = Ciudad
pay-col-experience = { $years } de experiencia
pay-col-rise = Aumento
pay-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}
pay-all-locations = Todos los lugares (en general)
pay-sort-city = nombre de la ciudad, de la A a la Z
pay-sort-years = salario mediano con { $years } de experiencia, de mayor a menor
pay-sort-rise = aumento del salario con la experiencia, de mayor a menor
# El gráfico por ciudad. $people: los trabajadores, en plural y sin artículo.
pay-city-chart-title = Salario mediano de { $people } por ciudad y experiencia
pay-city-chart-desc = Las barras muestran el salario anual mediano en cada ciudad según los años de experiencia, en el orden de la tabla de abajo.
pay-city-chart-caption = La tabla de abajo tiene las mismas cifras, con sus años y sus fuentes.

# Medianas de distintos años.
pay-medians-heading = Salario mediano en distintos años
pay-medians-intro = Cada fuente midió un año distinto, y algunas cuentan un grupo más amplio de trabajadores. Se muestran lado a lado, de la más reciente a la más antigua.
pay-medians-caption = Salario anual mediano publicado para distintos años
pay-csv-medians = las medianas por año
pay-none = Todavía no tenemos cifras de salario para esta carrera.

## templates/career/outlook.html y su controlador (src/web/handlers/outlook.rs)

pay-outlook-description = Cuántos empleos puede haber para { $people }: todas las proyecciones de empleo publicadas, lado a lado, con su período y su fuente.
pay-outlook-none = Todavía no tenemos proyecciones de empleo para esta carrera.
pay-outlook-lede-one = Cómo se espera que cambie el número de empleos. Los estadísticos del gobierno publican una nueva proyección a diez años cada uno o dos años, cada una con su propio { $period }; aquí está la más reciente.
pay-outlook-lede-many = Cómo se espera que cambie el número de empleos. Los estadísticos del gobierno publican una nueva proyección a diez años cada uno o dos años, cada una con su propio { $period }; aquí están todas las que citan nuestras fuentes, de la más reciente a la más antigua.
pay-outlook-period-word = período de proyección
# $occupation: los trabajadores de la carrera, en plural y en minúsculas;
# $trend: el cambio en palabras («crezca un 7.1% (13,800 empleos más)»);
# $openings: «unos 14,200» o «menos de 50».
pay-outlook-current = De { $start } a { $end }, se proyecta que el empleo de { $occupation } { $trend }, de { $from } a { $to } empleos, con { $openings } puestos vacantes al año, a medida que hay personas que se jubilan o cambian de empleo y que surgen empleos nuevos.
pay-outlook-current-level = De { $start } a { $end }, se proyecta que el empleo de { $occupation } { $trend }, con { $from } empleos al principio y al final, y { $openings } puestos vacantes al año, a medida que hay personas que se jubilan o cambian de empleo y que surgen empleos nuevos.
# Para una carrera escrita a mano, cuyas cifras son las de una ocupación
# más amplia de la BLS: $title es el nombre de esa ocupación tal como se
# publica.
pay-outlook-current-bls = De { $start } a { $end }, se proyecta que el empleo en la ocupación «{ $title }» { $trend }, de { $from } a { $to } empleos, con { $openings } puestos vacantes al año, a medida que hay personas que se jubilan o cambian de empleo y que surgen empleos nuevos.
pay-outlook-current-bls-level = De { $start } a { $end }, se proyecta que el empleo en la ocupación «{ $title }» { $trend }, con { $from } empleos al principio y al final, y { $openings } puestos vacantes al año, a medida que hay personas que se jubilan o cambian de empleo y que surgen empleos nuevos.
pay-outlook-side-heading = Las proyecciones, lado a lado
pay-outlook-caption = Cambio proyectado del empleo por período, del más reciente al más antiguo
pay-col-period = Período
pay-col-growth = Crecimiento proyectado
pay-col-pace = Comparado con todos los empleos
pay-col-start = Empleados al inicio
pay-col-end = Empleados al final
pay-col-new-jobs = Empleos nuevos
pay-col-openings = Puestos vacantes al año
pay-col-projected = Trabajadores incluidos
pay-csv-outlook = las proyecciones
pay-reading-heading = Cómo leer estas cifras
pay-reading-many = Estas { $n } proyecciones no son pronósticos que compiten entre sí sobre los mismos años. Cada una abarca un período distinto de diez años, se publicó en un momento distinto y nos llega a través de { $sources ->
    [1] una sola fuente
   *[other] { $sources_n } fuentes distintas
}; algunas, además, cuentan un grupo de trabajadores un poco distinto. Las proyecciones más nuevas toman en cuenta cambios más recientes, pero ninguna es una promesa.
pay-reading-always = Una proyección indica cuánto se espera que crezca el empleo durante todo su período, no cada año. Un crecimiento del 10% en diez años significa unos 10 empleos más por cada 100 que había al inicio. «No indicado» significa que la fuente no publicó esa cifra; nosotros no la calculamos.
pay-outlook-chart-title = Crecimiento proyectado del empleo de { $people } por período
pay-outlook-chart-desc = Una barra por cada período de proyección, del más reciente al más antiguo, en el orden de la tabla de abajo.
pay-outlook-chart-caption = Cada barra es un período de proyección distinto, de una publicación distinta; la tabla de abajo indica sus fuentes.

## Descargas CSV: encabezados de columna y palabras en las celdas.

pay-csvh-measure = Medida
pay-csvh-value = Valor
pay-csvh-unit = Unidad
pay-csvh-released = Publicación
pay-csvh-source = Fuente
pay-csvh-reported-in = Publicado en
pay-csvh-state = Estado
pay-csvh-name = Nombre
pay-csvh-area = Área
pay-csvh-code = Código
pay-csvh-industry = Industria
pay-csvh-naics = NAICS
pay-csvh-usd = { $label } (USD)
pay-csvh-percentile = Percentil
pay-csvh-annual = Salario anual (USD)
pay-csvh-median-annual = Salario anual mediano (USD)
pay-csvh-year = Año
pay-csvh-year-estimated = Año estimado
pay-csvh-employed = Personas empleadas
pay-csvh-covered = Trabajadores incluidos
pay-csvh-place = Lugar
pay-csvh-median-at = Mediana con { $years } de experiencia (USD)
pay-csvh-rise = Aumento (USD)
pay-csvh-start-year = Año de inicio
pay-csvh-end-year = Año final
pay-csvh-growth = Crecimiento proyectado (%)
pay-csvh-pace = Comparado con todos los empleos
pay-csvh-start = Empleados al inicio
pay-csvh-end = Empleados al final
pay-csvh-new-jobs = Empleos nuevos
pay-csvh-openings = Puestos vacantes al año
pay-csvh-projected = Trabajadores incluidos
pay-csv-mean = Promedio
pay-csv-median-hourly = Mediana por hora
pay-csv-unit-jobs = empleos
pay-csv-unit-year = USD al año
pay-csv-unit-hour = USD por hora
pay-csv-or-more = { $amount } o más
pay-csv-yes = sí
pay-csv-no = no
