# Mensajes de las páginas del grupo «training».
# La página de formación de una carrera, su hoja para imprimir, la página
# de una institución y la lista de escuelas. Los ids empiezan por "tr-".

## Comunes a varias de estas páginas

tr-how-start-heading = Cómo empieza la gente
tr-certifications-heading = Certificaciones
tr-programs-heading = Programas y lo que ganan quienes los terminan
tr-col-school = Escuela
tr-col-town = Ciudad
tr-col-state = Estado
tr-col-source = Fuente
tr-col-field = Campo de estudio
tr-col-completers = Graduados
tr-col-earnings = Ingreso mediano
tr-col-debt = Deuda mediana
tr-show-schools = Ver escuelas
# Las cinco zonas de trabajo (job zones) de O*NET.
tr-zone-name = { $zone ->
    [1] poca o ninguna preparación
    [2] algo de preparación
    [3] preparación media
    [4] bastante preparación
   *[5] mucha preparación
}
tr-zone-meaning = { $zone ->
    [1] la mayoría empieza con unos días o unos meses de capacitación en el trabajo; puede que no haga falta un diploma de escuela secundaria (high school)
    [2] la mayoría tiene un diploma de escuela secundaria (high school) y aprende el trabajo en unos meses o hasta un año, en el mismo empleo o en un curso corto
    [3] la mayoría tiene estudios después de la escuela secundaria, un programa de aprendizaje o un título de asociado, y uno o dos años de experiencia en un trabajo relacionado
    [4] la mayoría tiene una licenciatura y varios años de experiencia en un trabajo relacionado
   *[5] la mayoría tiene un título de posgrado (una maestría, un doctorado, un título de derecho o de medicina) y años de experiencia
}

## Credenciales del College Scorecard, por su clave
tr-credential-certificate = Certificado o diploma (pregrado)
tr-credential-associate = Título de asociado
tr-credential-bachelor = Licenciatura
tr-credential-post-baccalaureate-certificate = Certificado posterior a la licenciatura
tr-credential-master = Maestría
tr-credential-doctoral = Doctorado
tr-credential-first-professional = Primer título profesional
tr-credential-graduate-certificate = Certificado de posgrado o profesional
tr-credential-non-credential = Cursos sin credencial

## Niveles de educación de O*NET, por número de categoría ($category);
## $label es la etiqueta de O*NET en inglés.
tr-onet-level = { $category ->
    [1] Menos que un diploma de escuela secundaria (high school)
    [2] Diploma de escuela secundaria (high school) o su equivalente (por ejemplo, el GED)
    [3] Certificado postsecundario: se otorga por una formación terminada después de la escuela secundaria (por ejemplo, en agricultura o recursos naturales, servicios de computación, servicios personales o de cocina, tecnologías de ingeniería, cuidado de la salud, oficios de la construcción, tecnologías de mecánica y reparación, o producción de precisión)
    [4] Algunos cursos universitarios
    [5] Título de asociado (u otro título de 2 años)
    [6] Licenciatura
    [7] Certificado posterior a la licenciatura: se otorga al terminar un programa de estudios organizado; es para personas que ya tienen una licenciatura pero no cumplen los requisitos de los títulos académicos de maestría.
    [8] Maestría
    [9] Certificado posterior a la maestría: se otorga al terminar un programa de estudios organizado; es para personas que ya tienen una maestría pero no cumplen los requisitos de los títulos académicos de doctorado.
    [10] Primer título profesional: se otorga al terminar un programa que pide por lo menos 2 años de estudios universitarios antes de entrar, suma en total por lo menos 6 años académicos de estudio y cubre todos los demás requisitos académicos para empezar a ejercer una profesión.
    [11] Doctorado
    [12] Formación posdoctoral
   *[other] { $label }
}

## Quién dirige una institución
tr-control-public = Pública
tr-control-nonprofit = Privada, sin fines de lucro
tr-control-for-profit = Privada, con fines de lucro

## templates/career/training.html y src/web/handlers/training.rs

tr-description = Lo que necesitan los { $people } para empezar: educación, experiencia y capacitación.
tr-description-in = Lo que necesitan los { $people } para empezar: educación, experiencia y capacitación en { $town }.
tr-description-full = Lo que necesitan los { $people } para empezar: educación, experiencia y capacitación, cursos, certificaciones, licencias y escuelas.
tr-description-full-in = Lo que necesitan los { $people } para empezar: educación, experiencia y capacitación, cursos, certificaciones, licencias y escuelas en { $town }.
tr-lede-handwritten = Hay más de un camino para entrar: desde un curso vocacional corto hasta un { $certificate } o un { $associate }, y además una { $certification }. Aquí están los pasos, las { $credentials } que buscan los empleadores y las escuelas que enseñan el trabajo.
tr-lede-certificate = certificado
tr-lede-associate = título de asociado
tr-lede-certification = certificación
tr-lede-credentials = credenciales
tr-lede-imported = Lo que se necesita para empezar: la educación, la experiencia y la capacitación que tiene la mayoría al comenzar, y cuánta educación hace falta según las personas que hoy hacen este trabajo.
tr-start-caption = Lo que la mayoría necesita para empezar, proyecciones { $period }
tr-typical-education = Educación típica
tr-experience = Experiencia en un trabajo relacionado
tr-on-the-job = Capacitación en el trabajo
tr-preparation = Preparación ({ $term })
tr-job-zone-term = zona de trabajo
tr-zone-line = Zona { $zone } de 5, { $name }: { $meaning }.
tr-levels-heading = La educación que tienen los trabajadores
tr-levels-intro = Qué parte de las personas que hacen este trabajo dice que se necesita cada nivel de educación.
tr-levels-asked = O*NET les preguntó a personas que trabajan en la ocupación { $title } ({ $code }), en { $date }.
tr-levels-caption = Parte de los trabajadores según el nivel de educación que pide su trabajo
tr-col-level = Nivel de educación
tr-col-share = Parte de los trabajadores
tr-low-precision = poca precisión
tr-low-precision-title = O*NET aconseja no basarse en esta cifra: hubo muy pocas respuestas
tr-low-precision-note = «Poca precisión» marca las cifras en las que O*NET aconseja no basarse, porque respondieron muy pocas personas.
tr-csv-levels = los niveles de educación
tr-levels-chart-title = Parte de los trabajadores según la educación que pide su trabajo
tr-levels-chart-desc = Una barra por cada nivel de educación, desde menos que la escuela secundaria hasta la formación posdoctoral, en el mismo orden que la tabla de abajo.
tr-levels-chart-caption = La tabla de abajo da las mismas cifras.
tr-paths-heading = Caminos de educación y capacitación
tr-coursework-heading = Materias típicas
tr-sources-label = Fuentes:
tr-certs-caption = Certificaciones y las organizaciones que las otorgan
tr-col-credential = Credencial
tr-col-awarded-by = Otorgada por
tr-col-about = Descripción
tr-csv-certs = las certificaciones
tr-renewal-label = Renovación:
tr-renewal = { $years ->
    [one] cada año, con educación continua.
   *[other] cada { $years } años, con educación continua.
}
tr-licensing-heading = Licencias por estado
tr-licensing-intro = La { $term } del estado es un requisito legal donde se aplica; la certificación es voluntaria.
tr-licensure-term = licencia
tr-licensing-none = Todavía no tenemos información sobre licencias para esta carrera. Consulte a la junta de licencias del estado.
tr-licensing-caption = Si se necesita una licencia estatal
tr-col-license-required = ¿Se necesita licencia?
tr-col-details = Detalles
tr-yes = Sí
tr-no = No
tr-schools-heading = Escuelas
tr-unknown-town = No conocemos ninguna escuela para esta carrera en «{ $town }». Se muestran las escuelas de todas las ciudades. Elija una ciudad:
tr-town-label = Ciudad
tr-all-towns = Todas las ciudades
tr-show-all-towns = Ver todas las ciudades
tr-schools-none = Todavía no tenemos escuelas en la lista para esta carrera.
tr-schools-caption = Escuelas que preparan para esta carrera: { $shown } { $count ->
    [one] escuela
   *[other] escuelas
}
tr-schools-caption-in = Escuelas que preparan para esta carrera en { $town }: { $shown } { $count ->
    [one] escuela
   *[other] escuelas
}
tr-col-scorecard = En el College Scorecard
tr-now-part-of = Ahora es parte de { $school }
tr-former-record = su registro anterior
tr-no-certain-match = sin coincidencia segura
tr-csv-schools = las escuelas, con el filtro aplicado
tr-schools-note = Pregunte a cada escuela por los costos, la admisión y si su programa lo prepara para la certificación. La lista viene de una guía de carreras más antigua; si una escuela se unió después con otra, la columna del College Scorecard indica de cuál forma parte ahora. Solo hay enlace a una escuela cuando el Scorecard tiene una con el mismo nombre en el mismo estado.
tr-programs-fields = Programas de universidades y escuelas de formación de todo Estados Unidos en los campos de estudio que preparan para este trabajo: { $fields }.
tr-programs-figures = Para cada uno: cuántas personas lo terminaron, su ingreso mediano unos años después y la mediana de lo que pidieron prestado.
tr-programs-care = Lea estas cifras con cuidado. Un campo de estudio es más amplio que una carrera: el mismo programa también prepara para otros empleos, y la relación entre campos y carreras es el criterio que fijaron las agencias en 2020. El ingreso es el valor del medio de todos los que terminaron el programa en esa escuela, sin importar en qué trabajan, medido uno o cuatro años después de terminar; no es lo que ganan los { $people }. Solo se cuentan los estudiantes que recibieron ayuda federal, y las cifras de grupos pequeños no se publican: aquí aparecen como «no publicado».
tr-credential-nav = Credencial
tr-credential-choose = Credencial:
tr-order-nav = Orden de los programas
tr-order-choose = Orden:
tr-programs-none = { $chosen ->
    [yes] Ninguna escuela tiene un programa en estos campos que lleve a esta credencial.
   *[no] Ninguna escuela tiene un programa en estos campos.
}
tr-programs-none-in = { $chosen ->
    [yes] Ninguna escuela de { $state } tiene un programa en estos campos que lleve a esta credencial.
   *[no] Ninguna escuela de { $state } tiene un programa en estos campos.
}
tr-programs-everywhere = Vea los programas de todos los estados
# $count elige la forma; $shown es el mismo número ya escrito.
tr-programs-count = { $shown } { $count ->
    [one] programa
   *[other] programas
}
# $programs es tr-programs-count; $order, uno de los tr-sorted-*.
tr-programs-caption = { $programs }, por credencial, { $order }
tr-programs-caption-in = { $programs } en { $state }, por credencial, { $order }
tr-csv-programs = los programas, todas las páginas
tr-no-crosswalk = La tabla de correspondencia entre campos de estudio y ocupaciones no relaciona ningún campo con esta carrera, así que no podemos mostrar programas que preparen para ella.

## Opciones y cifras de los programas (src/web/views/programs.rs)
tr-every-credential = Todas las credenciales ({ $count })
tr-credential-count = { $credential } ({ $count })
tr-sort-completers = Más graduados
tr-sort-earnings = Mayor ingreso
tr-sort-debt = Menor deuda
tr-sorted-completers = primero los de más graduados
tr-sorted-earnings = primero los de mayor ingreso mediano
tr-sorted-debt = primero los de menor deuda mediana
tr-horizon = { $years ->
    [one] 1 año después de terminar
   *[other] { $years } años después de terminar
}

## Descargas CSV (src/web/views/programs_csv.rs, training_csv.rs)
tr-csv-institution = Institución
tr-csv-unit-id = Identificador de unidad del College Scorecard
tr-csv-state = Estado
tr-csv-cip = Campo de estudio (CIP 2020)
tr-csv-field = Campo de estudio
tr-csv-credential = Credencial
tr-csv-completers = Graduados
tr-csv-earnings = Ingreso mediano (USD al año)
tr-csv-horizon = Ingreso medido (años después de terminar)
tr-csv-debt = Deuda mediana (USD)
tr-csv-source = Fuente
tr-csv-scorecard-source = U.S. Department of Education, College Scorecard, edición del 2026-06-10 (a través de Truewise)
tr-csv-level = Nivel de educación
tr-csv-share = Parte de los trabajadores (%)
tr-csv-low-precision = Poca precisión
tr-csv-onet-occupation = Ocupación de O*NET
tr-csv-rated = Fecha de la encuesta
tr-csv-reported-in = Publicado en
tr-csv-abbreviation = Sigla
tr-csv-awarded-by = Otorgada por
tr-csv-body-name = Nombre de la organización
tr-csv-school = Escuela
tr-csv-town = Ciudad
tr-csv-scorecard-institution = Institución en el College Scorecard
tr-csv-now-part-of = Ahora es parte de
tr-csv-yes = sí
tr-csv-no = no

## templates/career/sheet.html y src/web/handlers/sheet.rs
## La hoja se imprime en una sola página: frases cortas.

tr-sheet-description = Un resumen de una página para imprimir sobre la carrera de los { $people }: el trabajo, la formación, el salario y las perspectivas, con sus fuentes.
tr-sheet-fits = Cabe en una página carta o A4: use el comando Imprimir de su navegador.
tr-sheet-duties = Tareas principales
tr-sheet-skills = Habilidades clave
tr-sheet-experience = Experiencia en un trabajo relacionado: { $experience }
tr-sheet-on-the-job = Capacitación en el trabajo: { $training }
tr-sheet-zone = Zona de trabajo { $zone } de 5: { $name }
tr-sheet-education = Educación y capacitación
tr-sheet-typical-start = Inicio típico ({ $period }): { $education }
tr-sheet-renewed = { $years ->
    [one] Se renueva cada año.
   *[other] Se renueva cada { $years } años.
}
tr-sheet-titles = Otros nombres
tr-sheet-related = Carreras relacionadas
tr-sheet-pay = Salario
tr-sheet-employed = { $count } personas empleadas ({ $when })
tr-sheet-median = Mediana: { $amount }
tr-sheet-median-year = Mediana: { $amount } al año
tr-sheet-median-in = Mediana en { $state }, { $when }: { $median }
tr-sheet-most-earn = La mayoría gana { $range } al año ({ $when }, del percentil 10 al 90)
tr-sheet-range = Del percentil { $low-nth } al { $high-nth }: de { $low } a { $high }
tr-sheet-outlook = Perspectivas de empleo
tr-sheet-growth = { $growth } en { $period }
tr-sheet-growth-openings = { $growth } en { $period }, { $openings } puestos vacantes al año
tr-sheet-periods = Cada proyección abarca un período y una fuente distintos.
tr-sheet-schools = Algunas escuelas
tr-sheet-more-schools = Y { $count } más en la { $link }.
tr-sheet-training-page = página de formación
tr-sheet-learn-more = Más información
tr-sheet-qr = Código QR que lleva a { $url }
tr-sheet-full-page = La página completa de la carrera, con todas las fuentes:
tr-sheet-source-in = en
tr-sheet-checked = Datos comprobados el { $date }. «h.» marca un año que la fuente no indica. Impreso de la Guía de Carreras.

## templates/institution.html y src/web/handlers/institutions.rs

tr-inst-description = { $name } ({ $state }): sus programas, cuántas personas los terminan, cuánto ganan y piden prestado, y las carreras para las que preparan.
tr-inst-description-closed = { $name }: sus programas en el College Scorecard, cuánto ganan y piden prestado quienes los terminan.
tr-inst-kicker = Escuela o universidad
tr-inst-kicker-in = Escuela o universidad en { $state }
tr-inst-merged = Esta institución ahora es parte de { $college }: las dos comparten un identificador de ayuda federal para estudiantes, y el Scorecard ya no la muestra en ningún estado. Las cifras de abajo son de su propio registro anterior.
tr-inst-no-state = El College Scorecard ya no muestra esta institución en ningún estado: puede que haya cerrado o que se haya unido con otra. Las cifras de abajo son de su registro anterior.
tr-inst-run-by = Administrada por
tr-inst-programs-count = Programas en el Scorecard
tr-inst-unit-id = Identificador de unidad en el Scorecard
tr-inst-aid-id = Identificador de ayuda federal para estudiantes
tr-inst-merged-here = Instituciones que ahora son parte de ella
tr-inst-intro = Cuántas personas terminaron cada programa, su ingreso mediano unos años después y la mediana de lo que pidieron prestado{ $cite1 }, con las carreras para las que prepara su campo de estudio{ $cite2 }.
tr-inst-note = El ingreso es el valor del medio de todos los que terminaron el programa aquí, sin importar en qué trabajan, uno o cuatro años después de terminar. Solo se cuentan los estudiantes que recibieron ayuda federal; las cifras de grupos pequeños no se publican y aparecen como «no publicado». Un campo de estudio prepara para varias carreras, y también para otros trabajos.
tr-inst-no-programs = El Scorecard no tiene programas de esta institución.
tr-inst-caption = Programas de { $name }, por credencial
tr-inst-careers = Carreras para las que prepara
tr-inst-none-linked = ninguna relacionada

## templates/schools.html y src/web/handlers/schools.rs

tr-schools-title = Escuelas
tr-schools-title-town = Escuelas en { $town }
tr-schools-title-state = Escuelas en { $state }
tr-schools-title-town-state = Escuelas en { $town }, { $state }
tr-schools-title-page = { $title }, página { $page }
tr-schools-description = { $count ->
    [0] Aquí no hay escuelas ni universidades que preparen para las carreras de esta guía.
    [1] Una escuela o universidad que prepara para las carreras de esta guía, con las carreras para las que prepara.
   *[other] { $shown } escuelas y universidades que preparan para las carreras de esta guía, con las carreras para las que prepara cada una.
}
tr-schools-lede = Universidades y centros de formación que enseñan las carreras de esta guía. Elija un estado o escriba una ciudad; puede compartir la dirección de la lista filtrada.
tr-all-states = Todos los estados
tr-show-all-schools = Ver todas las escuelas
tr-schools-no-match = No hay escuelas que coincidan. Revise cómo está escrito o { $link }.
tr-schools-no-match-town = Ninguna escuela coincide con la ciudad «{ $town }». Revise cómo está escrito o { $link }.
tr-schools-no-match-state = Ninguna escuela de { $state } coincide. Revise cómo está escrito o { $link }.
tr-schools-no-match-town-state = Ninguna escuela de { $state } coincide con la ciudad «{ $town }». Revise cómo está escrito o { $link }.
tr-show-all-schools-link = vea todas las escuelas
tr-schools-list-caption = { $title }: { $shown } { $count ->
    [one] escuela
   *[other] escuelas
}
tr-col-trains-for = Prepara para
