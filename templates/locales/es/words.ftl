# Palabras fijas: nombres de las secciones y otras.

section-overview = Resumen
section-training = Formación y escuelas
section-salary = Salario
section-outlook = Perspectivas de empleo
section-sheet = Hoja de la carrera

crumb-careers = Carreras

## Fechas
long-date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Títulos de página
page-title-overview = { $title }: cómo es el trabajo
page-title-section = { $title }: { $section }
kicker-career = Carrera

## Cifras en palabras (src/web/format.rs)
fewer-than-50 = menos de 50
about-number = unos { $n }
or-more = { $amount } o más
not-published = no publicado
not-published-hourly = no publicado (se paga por hora)
not-published-annual = no publicado (se paga por año)
circa-year = h. { $year }
month-year = { $month } de { $year }
between = entre { $low } y { $high }
# A percentile's number: Spanish says "percentil 10", as in "percentil 50".
ordinal = { $n }
number-0 = ningún
number-1 = uno
number-2 = dos
number-3 = tres
number-4 = cuatro
number-5 = cinco
number-6 = seis
number-7 = siete
number-8 = ocho
number-9 = nueve
# Después de "se proyecta que el empleo…".
projected-change = { $way ->
    [projected-grow] { $jobs ->
        [few] crezca un { $percent } (menos de 50 empleos más)
       *[other] crezca un { $percent } ({ $jobs } empleos más)
    }
    [projected-fall] { $jobs ->
        [few] baje un { $percent } (menos de 50 empleos menos)
       *[other] baje un { $percent } ({ $jobs } empleos menos)
    }
    [projected-same-few] se mantenga casi igual ({ $percent }, menos de 50 empleos de diferencia)
   *[projected-same] se mantenga casi igual ({ $percent }, { $jobs } empleos)
}
an-hour = { $amount } por hora
a-year = { $amount } al año
percentile-nth = percentil { $nth }
median = Mediana
employment = Empleo
percentile-median = Mediana (percentil 50)
percentile-median-meaning = La mitad gana más y la otra mitad gana menos
percentile-below = El { $percent } % gana menos que esto
percentile-above = El { $percent } % gana más que esto
pay-mean = Promedio
pay-mean-meaning = El total de los salarios dividido entre el número de trabajadores
pay-hourly-median = Mediana por hora
pay-hourly-median-meaning = La mitad gana más por hora y la otra mitad, menos
