# Mensajes de las páginas del grupo «overview».

## templates/career/overview.html: datos principales

ov-quick-facts = Datos principales
ov-quick-facts-caption = Datos principales: { $title }, cada cifra con su año y su fuente
# $median es un enlace al glosario con el texto de ov-median-word.
ov-median-annual-pay = { $median } del salario anual
ov-median-word = Mediana
ov-not-yet-known = Todavía no se sabe
# Entre una cifra y la fecha a la que corresponde: "$51,140 en mayo de 2025".
ov-in = en
# $range es "entre $37,000 y $81,150"; $percentiles es un enlace al glosario.
ov-pay-range = La mayoría gana { $range } al año: son los { $percentiles }, { $when }.
ov-pay-range-percentiles = percentiles 10 y 90
ov-all-pay-figures = Todas las cifras de salario
ov-state-median = Mediana del salario anual en { $state }
ov-state-not-published = (la BLS no publica cifras de esta carrera en ese lugar)
ov-state-pay-link = Salario en { $state } y sus ciudades
ov-people-employed = Personas empleadas
ov-employed-note = (empleos asalariados; no se cuenta a quienes trabajan por cuenta propia)
ov-projected-growth = Crecimiento proyectado del empleo ({ $periods })
ov-projected-growth-periods = períodos de proyección
# Entre un cambio porcentual y su período: "7.1% en 2024-2034".
ov-over = en
ov-openings-a-year = { $count } { $openings } al año
ov-openings-word = puestos disponibles
ov-compare-projections = Comparar las proyecciones
ov-education-to-start = Educación para empezar
ov-experience = Experiencia en un trabajo afín: { $experience }
ov-on-the-job-training = Capacitación en el trabajo: { $training }
ov-our-sources = Según nuestras fuentes: { $education }
ov-see-training = Vea la sección de formación
ov-training-and-schools = Formación y escuelas
ov-preparation = Preparación ({ $zone })
ov-preparation-zone = zona de trabajo
ov-zone-line = Zona { $zone } de 5, { $name }: { $meaning }.
ov-strongest-interests = Intereses principales
ov-what-that-means = Qué significa
ov-figures-side-by-side = Las fuentes publican cifras de distintos años y períodos, así que las mostramos todas juntas, de la más reciente a la más antigua, en lugar de elegir solo una.
ov-compare-with = { $link } con hasta otras tres carreras.
ov-compare-with-link = Comparar { $title }

## templates/career/overview.html: las secciones

ov-work-heading = Cómo es el trabajo
ov-duties-heading = Tareas
ov-duties-lead = Entre las tareas habituales están:
ov-skills-heading = Habilidades y cualidades
ov-sources-label = Fuentes:
ov-source-label = Fuente:
ov-hours-heading = Horario de trabajo
ov-interests-heading = A quién le gusta este trabajo
ov-interests-lead = O*NET califica cada ocupación en seis áreas de interés, que son los tipos de trabajo que le gustan a la gente. Esta ocupación se relaciona sobre todo con estos intereses: { $areas }.
ov-interests-similar = { $link }.
ov-interests-similar-link = Carreras con los mismos intereses principales
ov-interests-caption = Puntajes de interés de { $title }, de 1 (bajo) a 7 (alto)
ov-interests-area = Área de interés
ov-interests-score = Puntaje
ov-high-point = Punto fuerte
ov-interests-source = Perfil de { $occupation }, actualizado en { $updated }.
ov-onet-occupation = la ocupación de O*NET { $title } ({ $code })
ov-trends-heading = Tendencias
ov-other-names-heading = Otros nombres del trabajo
ov-similar-heading = Ocupaciones parecidas
ov-titles-heading = Títulos que se usan para este trabajo
ov-titles-lead = Títulos que usan los trabajadores y los empleadores, de los más comunes a los menos comunes.
# Después de una cantidad, detrás de "más": "45 títulos más".
ov-titles-more = títulos
ov-related-heading = Carreras relacionadas
ov-related-lead = Carreras que piden un trabajo, unos conocimientos y unas habilidades parecidos, de la más cercana a la menos cercana.
ov-software-heading = Software y tecnología que se usan
ov-software-lead = Ejemplos tomados de descripciones de empleo; los que llevan la marca { $hot } aparecen con frecuencia en los anuncios de empleo.
ov-software-more = ejemplos
ov-full-description-heading = Una descripción completa
ov-full-description-lead = Para ver en detalle las tareas, los conocimientos y las habilidades de este trabajo, consulte los sitios del U.S. Department of Labor (Departamento de Trabajo de EE. UU.):
ov-bls-occupation = Ocupación de la BLS: { $title } (SOC { $soc }).
ov-explore-heading = Para explorar más
ov-explore-training = Formación, certificación y escuelas
ov-explore-salary = Cifras de salario
ov-explore-outlook = Perspectivas de empleo
ov-explore-compare = { $link }, una al lado de la otra
ov-explore-compare-link = Comparar con otras carreras
ov-learn-more-heading = Dónde obtener más información
ov-phone = Teléfono:

## Listas (src/web/views/sections.rs): la palabra antes del último elemento;
## $sound dice cómo empieza ese elemento ("i", "o" u "other"): "y" pasa a
## "e" ante un sonido "i", y "o" pasa a "u" ante un sonido "o".

ov-and = { $sound ->
    [i] e
   *[other] y
}
ov-or = { $sound ->
    [o] u
   *[other] o
}

## templates/partials/where_they_work.html, src/web/views/industries.rs

ov-where-heading = Dónde trabajan
ov-industries-top = La industria que emplea a más { $people } es { $industry }: { $share }.
ov-industries-headline = { $share ->
    [nearly-all] casi todos trabajan allí
    [half] la mitad trabaja allí
    [tenths] unos { $tenths } de cada 10 trabajan allí
   *[percent] el { $percent } trabaja allí
}
ov-industries-employ = { $industries ->
    [one] Esta industria emplea
   *[other] En conjunto, estas { $number } industrias emplean
}
ov-industries-share = { $employ } al { $percent } de los { $total } { $people } contados en { $when } (empleos asalariados; no se cuenta a quienes trabajan por cuenta propia).
ov-industries-rest = El { $percent } restante trabaja en otras industrias.
ov-industries-withheld = { $count ->
    [one] La BLS no publica la cifra de una industria que emplea a algunos de ellos, así que esa industria no puede entrar en la clasificación.
   *[other] La BLS no publica la cifra de { $number } industrias que emplean a algunos de ellos, así que esas industrias no pueden entrar en la clasificación.
}
ov-less-than-1-percent = menos del 1%
ov-industries-caption = Las industrias que emplean a más { $people }, { $when }, como porcentaje del total de { $total }
ov-industries-industry = Industria
ov-industries-employed = Empleados
ov-industries-share-column = Porcentaje
ov-industries-source = OEWS, { $when }, industrias al nivel de cuatro dígitos del NAICS.
ov-industries-pay-link = Salario en estas industrias

## templates/partials/path.html, src/web/views/path.rs

ov-path-heading = Cómo empezar en este trabajo
ov-path-zone = O*NET clasifica este trabajo en la zona { $zone } de 5, { $name }: { $meaning }.
ov-step-programs = Antes de elegir, compare las escuelas: el College Scorecard presenta { $count ->
    [one] { $number } programa
   *[other] { $number } programas
} en campos de estudio que preparan para este trabajo, con lo que ganan quienes los terminan.
ov-step-programs-link = Programas
ov-step-education-none = Puede empezar sin diploma ni título: la mayoría de las personas entra en este trabajo sin ninguno, aunque terminar la escuela secundaria (high school) sigue siendo una ventaja.
ov-step-education-high-school = Termine la escuela secundaria (high school) o apruebe un examen de equivalencia como el GED: esa es la educación con la que empieza la mayoría.
ov-step-education-some-college = Después de la escuela secundaria, tome algunos cursos universitarios; la mayoría empieza con algunos estudios universitarios, pero sin título.
ov-step-education-postsecondary = Después de la escuela secundaria, obtenga un certificado u otra credencial en un programa de un colegio comunitario o de una escuela técnica; estos programas duran desde unas semanas hasta dos años y no otorgan un título universitario.
ov-step-education-associate = Obtenga un título de asociado, que por lo general toma dos años en un colegio comunitario o técnico.
ov-step-education-bachelor = Obtenga una licenciatura, que por lo general toma cuatro años en una universidad.
ov-step-education-master = Obtenga una licenciatura y después una maestría, que por lo general toma uno o dos años más.
ov-step-education-doctoral = Obtenga una licenciatura y después un doctorado o un título profesional (como el de medicina o el de derecho), lo que toma varios años más.
ov-step-education-other = La educación habitual para empezar: { $level }.
ov-step-experience-less-than-5 = Trabaje primero un tiempo en un empleo afín: por lo general, las personas llegan a este trabajo con hasta cinco años de experiencia.
ov-step-experience-5-or-more = Acumule primero experiencia en un empleo afín: por lo general, las personas llegan a este trabajo con cinco años de experiencia o más.
ov-step-experience-other = Trabaje primero en un empleo afín ({ $experience }).
ov-step-training-short = Una vez que consiga el empleo, aprenda el trabajo de compañeros con experiencia; esto suele tomar un mes o menos.
ov-step-training-moderate = Una vez que consiga el empleo, aprenda el trabajo de compañeros con experiencia durante un período de uno a doce meses.
ov-step-training-long = Una vez que consiga el empleo, cuente con más de un año de capacitación en el trabajo antes de tener la preparación completa.
ov-step-training-internship = Complete una práctica o residencia: trabajo supervisado en el campo, que con frecuencia se exige antes de poder trabajar sin supervisión.
ov-step-training-apprenticeship = Complete un programa de aprendizaje: trabajo pagado bajo la guía de trabajadores con experiencia, más clases teóricas; por lo general toma de tres a cinco años.
ov-step-training-other = Una vez que consiga el empleo: { $training }.
ov-step-certification = Considere obtener una certificación, como la { $certifications }. La certificación es voluntaria; la página de formación indica quién otorga cada una.
ov-step-certification-link = Certificaciones
ov-step-licensing = Consulte las reglas de su estado.
ov-step-licensing-required = Se exige una licencia en { $states }.
ov-step-licensing-not-required = No se necesita ninguna en { $states }.
ov-step-licensing-link = Licencias por estado

## templates/partials/tools.html, src/web/views/profile.rs

ov-tools-heading = Herramientas que se usan
ov-tools-lead = Ejemplos de las herramientas y los equipos que usan los trabajadores: uno de cada tipo por turno, empezando por los tipos con más ejemplos.
ov-tools-count = { $case ->
    [one] La única herramienta
    [all] Las { $total } herramientas
   *[some] { $shown } de las { $total } herramientas
}
ov-tools-line = { $tools } que O*NET indica para { $occupation }.

## templates/partials/career_rows.html

ov-related-caption = Carreras relacionadas, de la más cercana a la menos cercana, con lo que es el trabajo y sus cifras
ov-related-career = Carrera
ov-related-median = Mediana del salario
ov-related-growth = Crecimiento proyectado
ov-not-published = No publicado

## templates/partials/what_it_takes.html, src/web/views/profile.rs

ov-takes-heading = Lo que se necesita
ov-takes-lead = Las habilidades, los conocimientos, las cualidades y los valores que destacan las calificaciones de O*NET para este trabajo.
ov-takes-follow = Haga clic en un nombre para ver qué significa.
ov-takes-caption = { $kind }: { $title }
ov-takes-importance = Importancia (1-5)
ov-takes-level = Nivel (0-7)
ov-takes-meaning = Qué significa
ov-values-lead = Lo que quienes hacen este trabajo pueden esperar encontrar en él, calificado de 1 (poco) a 7 (mucho).
ov-values-high-points = Se destaca por { $values }.
ov-values-caption = Valores de trabajo: { $title }, de 1 (poco) a 7 (mucho)
ov-values-extent = Grado (1-7)
ov-takes-source = Perfil de { $occupation }, O*NET 29.3; calificaciones actualizadas por última vez en { $updated }.
ov-takes-none = O*NET 29.3 no califica habilidades, conocimientos, estilos de trabajo ni valores para la ocupación de esta carrera.
ov-kind-skill = Habilidades
ov-kind-knowledge = Conocimientos
ov-kind-style = Estilos de trabajo
ov-kind-value = Valores de trabajo
ov-styles-heading = Estilos de trabajo: qué tipo de persona se desempeña bien
ov-column-skill = Habilidad
ov-column-knowledge = Área de conocimiento
ov-column-style = Estilo de trabajo
ov-column-value = Valor de trabajo
ov-rated-none = O*NET no califica { $kind ->
    [knowledge] ninguna de las áreas de conocimiento
   *[skill] ninguna de las habilidades
} como importante para este trabajo.
ov-rated-lead = { $kind ->
    [knowledge] Las áreas de conocimiento
   *[skill] Las habilidades
} que más importan, calificadas como importantes o más (3 o más de 5), de la más importante a la menos importante, con el nivel que pide el trabajo (de 0 a 7).
ov-styles-lead = Las cualidades que más importan, de la más importante a la menos importante (importancia de 1 a 5).
ov-left-out-scores = { $count ->
    [one] O*NET recomienda no confiar en su calificación de importancia de { $kind ->
        [knowledge] un área de conocimiento
        [style] un estilo de trabajo
        [value] un valor de trabajo
       *[skill] una habilidad
    } para esta ocupación, así que no la mostramos.
   *[other] O*NET recomienda no confiar en sus calificaciones de importancia de { $count } { $kind ->
        [knowledge] áreas de conocimiento
        [style] estilos de trabajo
        [value] valores de trabajo
       *[skill] habilidades
    } para esta ocupación, así que no las mostramos.
}
# «no se muestra» es ov-level-not-shown.
ov-left-out-levels = Un nivel marcado «no se muestra» es uno en el que O*NET recomienda no confiar, porque muy pocas respuestas coincidieron.
ov-level-not-shown = no se muestra
ov-level-not-relevant = no corresponde
ov-chart-importance = Importancia
ov-chart-level = Nivel
ov-chart-caption-leveled = Cada barra con su propia escala: importancia de 1 a 5, nivel de 0 a 7.
ov-chart-caption-styles = Importancia de 1 a 5.
ov-chart-title = { $kind ->
    [knowledge] Conocimientos
    [style] Estilos de trabajo
    [value] Valores de trabajo
   *[skill] Habilidades
} de { $title }
ov-chart-rating = { $name }: importancia { $importance }
ov-chart-rating-level = { $name }: importancia { $importance }, nivel { $level }
ov-chart-desc = Calificaciones de O*NET: { $ratings }.
ov-high-point-rank = { $rank ->
    [1] primero
    [2] segundo
    [3] tercero
   *[other] { "" }
}

## Los grupos de elementos de O*NET del glosario (src/web/views/profile.rs)

ov-glossary-intro-skill = Capacidades que usted desarrolla con la práctica y que sirven en muchos tipos de trabajo. Las páginas de carreras califican qué tan importante es cada una (de 1 a 5) y el nivel que pide el trabajo (de 0 a 7).
ov-glossary-intro-knowledge = Materias que usted aprende y llega a conocer. Las páginas de carreras califican qué tan importante es cada una (de 1 a 5) y cuánto de ella pide el trabajo (de 0 a 7).
ov-glossary-intro-style = Hábitos y cualidades de las personas que hacen bien un trabajo. Las páginas de carreras califican qué tan importante es cada uno (de 1 a 5).
ov-glossary-intro-value = Lo que un trabajo puede dar a quienes lo hacen. Las páginas de carreras califican cuánto de cada uno ofrece un trabajo (de 1 a 7).

## Las zonas de trabajo de O*NET (src/web/views/current.rs)

ov-zone-name-1 = poca o ninguna preparación
ov-zone-meaning-1 = la mayoría empieza con unos días o unos meses de capacitación en el trabajo; es posible que no se necesite un diploma de escuela secundaria (high school)
ov-zone-name-2 = algo de preparación
ov-zone-meaning-2 = la mayoría tiene un diploma de escuela secundaria (high school) y aprende el trabajo en un período de unos meses a un año, en el mismo trabajo o en un curso corto
ov-zone-name-3 = preparación media
ov-zone-meaning-3 = la mayoría tiene formación después de la escuela secundaria (high school), un programa de aprendizaje o un título de asociado, y uno o dos años de experiencia en un trabajo afín
ov-zone-name-4 = bastante preparación
ov-zone-meaning-4 = la mayoría tiene una licenciatura y varios años de experiencia en un trabajo afín
ov-zone-name-5 = mucha preparación
ov-zone-meaning-5 = la mayoría tiene un título de posgrado (una maestría, un doctorado, o un título de derecho o de medicina) y años de experiencia
ov-zone-choice = { $zone }: { $name }

## Tipos de títulos alternativos (src/web/views/names.rs)

ov-titles-also-called = También se llama
ov-titles-other-title = Otros títulos del puesto
ov-titles-similar-title = Títulos parecidos en los anuncios de empleo

## Structured data (JSON-LD) for search engines, src/web/jsonld.rs

jsonld-pay-range = Rango del salario anual, { $when }
jsonld-pay-median = Salario anual mediano, { $when }
jsonld-wage-workers = Trabajadores asalariados de los Estados Unidos. Fuente: { $source }.
jsonld-source = Fuente: { $source }.
jsonld-scope-source = { $scope }. Fuente: { $source }.
jsonld-reported-in = { $publisher }, según { $reported_in }
