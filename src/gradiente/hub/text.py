"""Every string the hub's pages show, in both languages."""

from gradiente.course.i18n import T

PAGE = {
    "tagline": T(
        es="Las matemáticas del machine learning, aprendidas haciéndolas en Python.",
        en="The mathematics of machine learning, learned by doing it in Python.",
    ),
    "course_map": T(es="Mapa del curso", en="Course map"),
    "continue": T(es="Continuar donde lo dejaste", en="Continue where you left off"),
    "start_here": T(es="Empezar", en="Start"),
    "all_done": T(
        es="¡Completaste todos los ejercicios disponibles!", en="You have completed every exercise available!"
    ),
    "completion": T(es="Tu avance en el curso", en="Your way through the course"),
    "lessons_done": T(es="temas completos", en="lessons complete"),
    "modules_done": T(es="módulos completos", en="modules complete"),
    "course_finished": T(
        es="Terminaste el curso: aprobaste cada ejercicio de los {lessons} temas. Vuelve a cualquier tema cuando "
        "quieras repasar; tus respuestas siguen en tu carpeta de trabajo.",
        en="You have finished the course: every exercise of all {lessons} lessons passed. Come back to any lesson "
        "whenever you want a review; your answers stay in your workspace.",
    ),
    "completion_legend": T(
        es="Cada casilla es un tema: verde si aprobaste todos sus ejercicios, ámbar si empezaste.",
        en="Each square is a lesson: green when all its exercises pass, amber once you have started.",
    ),
    "coming_soon": T(es="Próximamente", en="Coming soon"),
    "exercises_passed": T(es="ejercicios aprobados", en="exercises passed"),
    "open_lesson": T(es="Abrir el tema", en="Open the lesson"),
    "back_to_map": T(es="← Mapa del curso", en="← Course map"),
    "lesson_progress": T(es="Progreso del tema", en="Lesson progress"),
    "workspace": T(es="Tus archivos están en", en="Your files are in"),
    "offline": T(
        es="Funciona sin internet: nada sale de tu computadora.", en="Works offline: nothing leaves your computer."
    ),
    "resources": T(es="Para profundizar", en="To go further"),
    "language": T(es="Idioma", en="Language"),
    "not_found": T(es="No encontramos esa página.", en="We could not find that page."),
    "token_needed": T(
        es="Este hub necesita su clave de acceso: abre el enlace con ?token=… que `gradiente start` "
        "mostró al arrancar (o que te dio quien lo inició).",
        en="This hub needs its access token: open the link with ?token=… that `gradiente start` "
        "printed when it started (or that whoever started it gave you).",
    ),
    "opening": T(es="Abriendo Gradiente…", en="Opening Gradiente…"),
    "wrong_host": T(
        es="Este hub solo responde en su propia dirección (127.0.0.1, localhost o la de --host). "
        "Abre el enlace que mostró `gradiente start`.",
        en="This hub only answers at its own address (127.0.0.1, localhost or the one given to --host). "
        "Open the link that `gradiente start` printed.",
    ),
    "wrong_origin": T(
        es="Rechacé una petición que venía de otra página: solo las páginas del propio hub pueden cambiar tu trabajo.",
        en="I refused a request that came from another page: only the hub's own pages may change your work.",
    ),
    "module": T(es="Módulo", en="Module"),
    "lesson_starting": T(
        es="Vista previa: la lección interactiva está arrancando y aparecerá aquí en unos segundos.",
        en="Preview: the interactive lesson is starting and will appear here in a few seconds.",
    ),
    "glossary": T(es="Glosario", en="Glossary"),
    "glossary_intro": T(
        es="Cada término del curso en español y en inglés, con las variantes que vas a oír en los videos, "
        "una definición breve y el tema que lo explica.",
        en="Every term of the course in Spanish and English, with the variants you will hear in videos, "
        "a short definition and the lesson that explains it.",
    ),
    "glossary_search": T(es="Busca un término, en español o en inglés", en="Search for a term, in Spanish or English"),
    "glossary_none": T(
        es="Ningún término contiene eso. Prueba con menos letras o en el otro idioma.",
        en="No term contains that. Try fewer letters or the other language.",
    ),
    "glossary_shown": T(es="términos", en="terms"),
    "also": T(es="también", en="also"),
    "lesson_word": T(es="Tema", en="Lesson"),
    "status_pass": T(es="aprobado", en="passed"),
    "status_fail": T(es="por corregir", en="to fix"),
    "status_todo": T(es="sin intentar", en="not tried"),
}
