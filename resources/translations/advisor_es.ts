<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdvisorWizard</name>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="100"/>
        <source>Local LLM Advisor</source>
        <translation>Asesor de LLM locales</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="118"/>
        <source>A download and a benchmark are still running. Stop them and close?</source>
        <translation>Hay una descarga y una prueba de velocidad en curso. ¿Detenerlas y cerrar?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="120"/>
        <source>A download is still running. Stop it and close?</source>
        <translation>Hay una descarga en curso. ¿Detenerla y cerrar?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="122"/>
        <source>A benchmark is still running. Stop it and close?</source>
        <translation>Hay una prueba de velocidad en curso. ¿Detenerla y cerrar?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="123"/>
        <source>Stop and close?</source>
        <translation>¿Detener y cerrar?</translation>
    </message>
</context>
<context>
    <name>Assumptions</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="163"/>
        <source>RAM free for the model: the usual reserve for the system ({reserve_bytes} of {total_bytes}) is taken off. This computer was described, not detected: detect it to use what is really free.</source>
        <translation>RAM libre para el modelo: se descuenta la reserva habitual del sistema ({reserve_bytes} de {total_bytes}). Este equipo está descrito, no detectado: detéctalo para usar lo que de verdad está libre.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="169"/>
        <source>Memory speed {bandwidth_gbps} GB/s, as on a typical computer with two channels of DDR4-3200. Give the memory type and speed, or the processor model, for a better estimate.</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s, como en un equipo típico con dos canales de DDR4-3200. Indica el tipo y la velocidad de la memoria, o el modelo de procesador, para afinar la estimación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="175"/>
        <source>Memory speed {bandwidth_gbps} GB/s, from what this processor&apos;s family ships with ({ram_type}-{speed_mts}, {channels} channels).</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s, según la memoria con la que suele venir esta familia de procesadores ({ram_type}-{speed_mts}, {channels} canales).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="180"/>
        <source>Memory speed {bandwidth_gbps} GB/s, from the memory&apos;s type and speed ({ram_type}-{speed_mts}, {channels} channels; 75% of the peak).</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s, según el tipo y la velocidad de la memoria ({ram_type}-{speed_mts}, {channels} canales; el 75 % del máximo teórico).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="185"/>
        <source>{cores} processor cores, as on a typical laptop or desktop.</source>
        <translation>{cores} núcleos de procesador, como en un portátil o un sobremesa típico.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="189"/>
        <source>{cores} processor cores: half of the logical cores given.</source>
        <translation>{cores} núcleos de procesador: la mitad de los núcleos lógicos indicados.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="193"/>
        <source>{cores} processor cores, as usual for {basis}.</source>
        <translation>{cores} núcleos de procesador, lo habitual en {basis}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="197"/>
        <source>The processor&apos;s instructions are unknown: {isa} is assumed.</source>
        <translation>No se conocen las instrucciones del procesador: se supone {isa}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="201"/>
        <source>Processor instructions: {isa}, as usual for {basis}.</source>
        <translation>Instrucciones del procesador: {isa}, lo habitual en {basis}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="205"/>
        <source>{gpu} is not in our table: a memory speed of {bandwidth_gbps} GB/s is assumed.</source>
        <translation>{gpu} no está en nuestra tabla: se supone una velocidad de memoria de {bandwidth_gbps} GB/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="209"/>
        <source>{gpu} is not in our table: the figures of the nearest known card, {nearest} ({bandwidth_gbps} GB/s), are used.</source>
        <translation>{gpu} no está en nuestra tabla: se usan las cifras de la tarjeta conocida más parecida, {nearest} ({bandwidth_gbps} GB/s).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="214"/>
        <source>The free graphics memory is unknown: the total less what a desktop uses is assumed.</source>
        <translation>No se sabe cuánta memoria gráfica está libre: se supone el total menos lo que ocupa el escritorio.</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="236"/>
        <source>{total} in all − {reserve} for the system − {others} held by open programs = {usable} for the model (closing them frees up to {others} more).</source>
        <translation>{total} en total − {reserve} para el sistema − {others} ocupados por programas abiertos = {usable} para el modelo (cerrarlos libera hasta {others} más).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="241"/>
        <source>{total} in all − {reserve} for the system = {usable} for the model.</source>
        <translation>{total} en total − {reserve} para el sistema = {usable} para el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="246"/>
        <source>Graphics card: {gpu} free for the model.</source>
        <translation>Tarjeta gráfica: {gpu} libres para el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="247"/>
        <source>Unified memory: the graphics may use up to {gpu} of it.</source>
        <translation>Memoria unificada: la gráfica puede usar hasta {gpu}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="248"/>
        <source>Integrated graphics: shares the system RAM, up to {gpu}.</source>
        <translation>Gráfica integrada: comparte la RAM del sistema, hasta {gpu}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="265"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="267"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="268"/>
        <source>A {words}-word document waits about {wait} before the answer starts.</source>
        <translation>Un documento de {words} palabras espera unos {wait} antes de que empiece la respuesta.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="51"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="51"/>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="51"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="51"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="51"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="52"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="77"/>
        <source>, tight</source>
        <translation>, justo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="87"/>
        <source>Size of the file to download; the model needs a little more memory than this.</source>
        <translation>Tamaño del archivo que se descarga; el modelo necesita algo más de memoria que esto.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="89"/>
        <source>Downloads on Hugging Face in the last month.</source>
        <translation>Descargas en Hugging Face durante el último mes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="91"/>
        <source>Gated: accept the licence on huggingface.co before downloading.</source>
        <translation>Restringido: acepta la licencia en huggingface.co antes de descargarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="93"/>
        <source>~ This model&apos;s layers could not be read: its memory is estimated from a similar well-known model.</source>
        <translation>~ No se pudieron leer las capas de este modelo: su memoria se estima a partir de un modelo conocido parecido.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="96"/>
        <source>The quantisation of the file suggested for this computer.</source>
        <translation>La cuantización del archivo que sugerimos para este equipo.</translation>
    </message>
</context>
<context>
    <name>CatalogProblems</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="365"/>
        <source>Hugging Face cannot be reached: showing the bundled list instead.</source>
        <translation>No se puede conectar con Hugging Face: se muestra la lista incluida en la aplicación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="367"/>
        <source>Hugging Face did not answer in time.</source>
        <translation>Hugging Face no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="368"/>
        <source>{repo} is gated: accept its licence on huggingface.co and log in to download it.</source>
        <translation>{repo} está restringido: acepta su licencia en huggingface.co e inicia sesión para descargarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="370"/>
        <source>Hugging Face refused the request: check your access token.</source>
        <translation>Hugging Face rechazó la petición: revisa tu token de acceso.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="372"/>
        <source>{repo} does not exist (or is private).</source>
        <translation>{repo} no existe (o es privado).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="373"/>
        <source>That file is no longer in {repo}.</source>
        <translation>Ese archivo ya no está en {repo}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="374"/>
        <source>Hugging Face asks us to slow down: try again in a minute.</source>
        <translation>Hugging Face pide que vayamos más despacio: inténtalo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="376"/>
        <source>Hugging Face had an error; try again later.</source>
        <translation>Hugging Face tuvo un error; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="377"/>
        <source>Hugging Face answered with an error.</source>
        <translation>Hugging Face respondió con un error.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="378"/>
        <source>{repo} has no GGUF files.</source>
        <translation>{repo} no tiene archivos GGUF.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="379"/>
        <source>Some files in {repo} have names we could not read a quant from.</source>
        <translation>Algunos archivos de {repo} tienen nombres de los que no pudimos sacar la cuantización.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="381"/>
        <source>A split model in {repo} is missing parts.</source>
        <translation>A un modelo dividido de {repo} le faltan partes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="382"/>
        <source>The disk is full: free some space and try again.</source>
        <translation>El disco está lleno: libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="383"/>
        <source>The downloaded file is damaged (checksum mismatch): download it again.</source>
        <translation>El archivo descargado está dañado (la suma de verificación no coincide): descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="385"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="386"/>
        <source>The file could not be written to the models folder.</source>
        <translation>No se pudo escribir el archivo en la carpeta de modelos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="389"/>
        <source>Problem: {code}</source>
        <translation>Problema: {code}</translation>
    </message>
</context>
<context>
    <name>CostWords</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="396"/>
        <source>Tokens per month</source>
        <translation>Tokens al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="397"/>
        <source>Share of input tokens</source>
        <translation>Proporción de tokens de entrada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="398"/>
        <source>API model</source>
        <translation>Modelo de API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="399"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="400"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="401"/>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="402"/>
        <source>Electricity price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="403"/>
        <source>Power while generating</source>
        <translation>Potencia al generar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="404"/>
        <source>Idle power</source>
        <translation>Potencia en reposo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="405"/>
        <source>Hours on per day</source>
        <translation>Horas encendido al día</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="406"/>
        <source>Days per month</source>
        <translation>Días al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="407"/>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="408"/>
        <source>Prompt speed</source>
        <translation>Velocidad de procesado de la pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="409"/>
        <source>Hardware cost</source>
        <translation>Coste del equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="410"/>
        <source>Resale value</source>
        <translation>Valor de reventa</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="411"/>
        <source>Lifetime</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="419"/>
        <source>you entered it</source>
        <translation>lo escribiste tú</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="420"/>
        <source>measured by the benchmark</source>
        <translation>medido por la prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="421"/>
        <source>the country&apos;s average price</source>
        <translation>el precio medio del país</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="422"/>
        <source>from the system&apos;s region</source>
        <translation>según la región del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="423"/>
        <source>your region is not in the table: a default country is used</source>
        <translation>tu región no está en la tabla: se usa un país por defecto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="425"/>
        <source>a default country</source>
        <translation>un país por defecto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="426"/>
        <source>the country&apos;s currency</source>
        <translation>la moneda del país</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="427"/>
        <source>the bundled exchange rates</source>
        <translation>los tipos de cambio incluidos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="428"/>
        <source>a typical developer&apos;s usage</source>
        <translation>el uso típico de un desarrollador</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="429"/>
        <source>a working day</source>
        <translation>una jornada laboral</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="430"/>
        <source>the default API model</source>
        <translation>el modelo de API por defecto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="431"/>
        <source>a typical lifetime</source>
        <translation>una vida útil típica</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="432"/>
        <source>default</source>
        <translation>valor por defecto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="433"/>
        <source>from a preset</source>
        <translation>de un escenario predefinido</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="434"/>
        <source>you already own the computer</source>
        <translation>ya tienes el equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="435"/>
        <source>the graphics card&apos;s board power</source>
        <translation>la potencia nominal de la tarjeta gráfica</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="436"/>
        <location filename="../../advisor/qt/wording.py" line="440"/>
        <source>estimated for a computer without a GPU</source>
        <translation>estimada para un equipo sin GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="437"/>
        <location filename="../../advisor/qt/wording.py" line="441"/>
        <source>estimated for Apple Silicon</source>
        <translation>estimada para Apple Silicon</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="438"/>
        <source>a rough estimate</source>
        <translation>una estimación aproximada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="439"/>
        <source>estimated for a desktop with a GPU</source>
        <translation>estimada para un sobremesa con GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="442"/>
        <source>the recommendation&apos;s estimate</source>
        <translation>la estimación de la recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="443"/>
        <source>a cautious guess (no estimate)</source>
        <translation>una suposición prudente (sin estimación)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="444"/>
        <source>derived from the generation speed</source>
        <translation>calculada a partir de la velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="452"/>
        <source>{model}: prices converted from {from} to {to} at {usd_rate} per US dollar</source>
        <translation>{model}: precios convertidos de {from} a {to} a {usd_rate} por dólar estadounidense</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="454"/>
        <source>{model} also charges {per_month} a month</source>
        <translation>{model} cobra además {per_month} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="455"/>
        <source>Generating this needs {hours_per_day_needed} hours a day, more than the computer is on</source>
        <translation>Generar esto necesita {hours_per_day_needed} horas al día, más de las que el equipo está encendido</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="483"/>
        <source>{rate} {currency} per US dollar</source>
        <translation>{rate} {currency} por dólar estadounidense</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="487"/>
        <source>{years} year</source>
        <translation>{years} año</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="488"/>
        <source>{years} years</source>
        <translation>{years} años</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="280"/>
        <source>Not taken: the value must be between {low} and {high}.</source>
        <translation>No se ha aceptado: el valor debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="282"/>
        <source>Not taken: write a number between {low} and {high} (a decimal point or comma are both fine).</source>
        <translation>No se ha aceptado: escribe un número entre {low} y {high} (vale tanto la coma como el punto decimal).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="344"/>
        <source>There is no exchange rate for {code}. Choose one of: {known}.</source>
        <translation>No hay tipo de cambio para {code}. Elija una de estas: {known}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="347"/>
        <source>The costs could not be computed.</source>
        <translation>No se pudieron calcular los costes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="374"/>
        <source>Source: {where}</source>
        <translation>Origen: {where}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="380"/>
        <source>Electricity {electricity} + hardware {hardware} per month</source>
        <translation>Electricidad {electricity} + equipo {hardware} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="384"/>
        <source>{model}: {input} input + {output} output per million tokens</source>
        <translation>{model}: {input} de entrada + {output} de salida por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="388"/>
        <source>What one million generated tokens cost you locally.</source>
        <translation>Lo que te cuesta generar un millón de tokens en local.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="390"/>
        <source>What one million tokens cost through the API, at your input/output mix.</source>
        <translation>Lo que cuesta un millón de tokens con la API, según tu proporción de entrada y salida.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="392"/>
        <source>This computer cannot generate that many tokens in the hours it is on: it would need {hours} hours a day.</source>
        <translation>Este equipo no puede generar tantos tokens en las horas que está encendido: necesitaría {hours} horas al día.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="397"/>
        <source>The hardware would pay for itself only after {months} months, beyond its {years}-year lifetime: in practice, never.</source>
        <translation>El equipo solo se amortizaría tras {months} meses, más allá de su vida útil de {years} años: en la práctica, nunca.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="401"/>
        <source>The hardware pays for itself after {months} months.</source>
        <translation>El equipo se amortiza en {months} meses.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="404"/>
        <source>Running it locally saves {amount} a month.</source>
        <translation>Ejecutarlo en local ahorra {amount} al mes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="407"/>
        <source>The API is cheaper by {amount} a month at this usage.</source>
        <translation>Con este uso, la API sale {amount} más barata al mes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="410"/>
        <source>Break-even = hardware price ÷ (API per month − electricity per month).</source>
        <translation>Amortización = precio del equipo ÷ (API al mes − electricidad al mes).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="413"/>
        <source>API prices as of {date}</source>
        <translation>precios de API a {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="416"/>
        <source>electricity prices as of {date} ({source})</source>
        <translation>precios de la electricidad a {date} ({source})</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="420"/>
        <source>exchange rate as of {date}</source>
        <translation>tipo de cambio a {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="429"/>
        <location filename="../../advisor/qt/pages/costs.py" line="475"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="429"/>
        <source>Cumulative cost</source>
        <translation>Coste acumulado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="430"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="434"/>
        <source>Tokens you expect to use per month (input plus output), in millions.</source>
        <translation>Tokens que esperas usar al mes (entrada más salida), en millones.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="435"/>
        <source>Hours a day the computer is switched on for this work.</source>
        <translation>Horas al día que el equipo está encendido para este trabajo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="436"/>
        <source>Price of one kilowatt-hour on your bill, taxes included.</source>
        <translation>Precio de un kilovatio hora en tu factura, impuestos incluidos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="437"/>
        <source>Power the whole computer draws while generating.</source>
        <translation>Potencia que consume todo el equipo mientras genera.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="438"/>
        <source>Power the computer draws while on but not generating.</source>
        <translation>Potencia que consume el equipo encendido pero sin generar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="439"/>
        <source>Generation speed: from the benchmark when it ran, else the estimate.</source>
        <translation>Velocidad de generación: la de la prueba de velocidad si se hizo; si no, la estimada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="440"/>
        <source>What you pay for hardware for this; 0 if you already own the computer.</source>
        <translation>Lo que pagas en equipo para esto; 0 si ya tienes el ordenador.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="441"/>
        <source>Years over which the hardware is paid off.</source>
        <translation>Años en los que se amortiza el equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="442"/>
        <source>API price per million input tokens.</source>
        <translation>Precio de la API por millón de tokens de entrada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="443"/>
        <source>API price per million output tokens.</source>
        <translation>Precio de la API por millón de tokens de salida.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="447"/>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="448"/>
        <source>Running it yourself against paying an API. Change any number.</source>
        <translation>Ejecutarlo tú mismo frente a pagar una API. Cambia cualquier número.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="449"/>
        <source>Your numbers</source>
        <translation>Tus números</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="450"/>
        <location filename="../../advisor/qt/pages/costs.py" line="477"/>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="451"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="452"/>
        <source>Compare &amp;with:</source>
        <translation>&amp;Frente a:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="453"/>
        <source>API model to compare with</source>
        <translation>Modelo de API con el que comparar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="454"/>
        <source>Any API model with a published price (type to search), e.g. openai/gpt-4o-mini or anthropic/claude-sonnet-4-5.</source>
        <translation>Cualquier modelo de API con precio publicado (escribe para buscar), p. ej. openai/gpt-4o-mini o anthropic/claude-sonnet-4-5.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="456"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="457"/>
        <source>ISO 4217 code, e.g. EUR, USD, MXN.</source>
        <translation>Código ISO 4217, por ejemplo EUR, USD, MXN.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="459"/>
        <source>&amp;Tokens per month (millions):</source>
        <translation>&amp;Tokens al mes (millones):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="460"/>
        <source>&amp;Hours on per day:</source>
        <translation>&amp;Horas encendido al día:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="461"/>
        <source>&amp;Electricity per kWh:</source>
        <translation>&amp;Electricidad por kWh:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="462"/>
        <source>&amp;Power while generating (W):</source>
        <translation>&amp;Potencia al generar (W):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="463"/>
        <source>&amp;Idle power (W):</source>
        <translation>Potencia en rep&amp;oso (W):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="464"/>
        <source>&amp;Speed (tokens/s):</source>
        <translation>&amp;Velocidad (tokens/s):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="465"/>
        <source>H&amp;ardware cost:</source>
        <translation>&amp;Coste del equipo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="466"/>
        <source>&amp;Lifetime (years):</source>
        <translation>Vida út&amp;il (años):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="467"/>
        <source>API input per 1&amp;M tokens:</source>
        <translation>API: entra&amp;da por 1M de tokens:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="468"/>
        <source>API &amp;output per 1M tokens:</source>
        <translation>API: &amp;salida por 1M de tokens:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="476"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="478"/>
        <source>Per million tokens</source>
        <translation>Por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="484"/>
        <source>Cumulative cost chart</source>
        <translation>Gráfico del coste acumulado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="485"/>
        <source>Money spent over time: the local line starts at the hardware price, then adds electricity; the API line adds its monthly bill.</source>
        <translation>Dinero gastado con el tiempo: la línea local empieza en el precio del equipo y suma la electricidad; la de la API suma su factura mensual.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../advisor/qt/widgets/error_banner.py" line="51"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/error_banner.py" line="52"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="22"/>
        <source>Full GPU</source>
        <translation>GPU completa</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="23"/>
        <source>Partial GPU</source>
        <translation>GPU parcial</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="24"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="25"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="32"/>
        <source>Every layer fits in free GPU memory: the fastest way to run it.</source>
        <translation>Todas las capas caben en la memoria libre de la GPU: la forma más rápida de ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="34"/>
        <source>Some layers run on the GPU and the rest on the CPU: it works, but slower.</source>
        <translation>Algunas capas van en la GPU y el resto en la CPU: funciona, pero más despacio.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="36"/>
        <source>It fits in system RAM and runs on the processor: usable for small models.</source>
        <translation>Cabe en la RAM del sistema y se ejecuta en el procesador: útil para modelos pequeños.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/fit.py" line="38"/>
        <source>Not enough memory (GPU plus RAM) to load it on this computer.</source>
        <translation>No hay memoria suficiente (GPU más RAM) para cargarlo en este equipo.</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="161"/>
        <source>Detecting the hardware failed.</source>
        <translation>Falló la detección del hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="181"/>
        <location filename="../../advisor/qt/pages/hardware.py" line="337"/>
        <source>As detected</source>
        <translation>Tal como se detectó</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="182"/>
        <source>No graphics card</source>
        <translation>Sin tarjeta gráfica</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="185"/>
        <source>unified memory</source>
        <translation>memoria unificada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="196"/>
        <source>Not taken: the RAM must be a whole number of GiB from 1 to 2048.</source>
        <translation>No se ha aceptado: la RAM debe ser un número entero de GiB entre 1 y 2048.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="212"/>
        <source>“{typed}” is not in the table of graphics cards, nor close to one: pick a card from the list.</source>
        <translation>«{typed}» no está en la tabla de tarjetas gráficas ni se parece a ninguna: elige una de la lista.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="219"/>
        <source>“{typed}” is not in the table: the closest card, {card}, is used.</source>
        <translation>«{typed}» no está en la tabla: se usa la tarjeta más parecida, {card}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="255"/>
        <source>That hardware could not be applied.</source>
        <translation>No se pudo aplicar ese hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="267"/>
        <source>{total} total, {available} available now</source>
        <translation>{total} en total, {available} libres ahora</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="269"/>
        <source>; memory bandwidth about {gbps} GB/s</source>
        <translation>; ancho de banda de memoria de unos {gbps} GB/s</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="271"/>
        <source>Models run from RAM when they do not fit on the graphics card. Available is what other programs leave free right now.</source>
        <translation>Los modelos se ejecutan desde la RAM cuando no caben en la tarjeta gráfica. «Libres» es lo que los demás programas dejan ahora mismo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="274"/>
        <source>{brand} (%n core(s))</source>
        <translation>
            <numerusform>{brand} (%n núcleo)</numerusform>
            <numerusform>{brand} (%n núcleos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="277"/>
        <source>The processor runs the layers that do not fit on the GPU.</source>
        <translation>El procesador ejecuta las capas que no caben en la GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="283"/>
        <source>{name}: unified memory shared with the CPU</source>
        <translation>{name}: memoria unificada compartida con la CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="285"/>
        <source>{name}: {total} VRAM, {free} free</source>
        <translation>{name}: {total} de VRAM, {free} libres</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="288"/>
        <source>{name}: {total} VRAM</source>
        <translation>{name}: {total} de VRAM</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="292"/>
        <source>No graphics card found: models will run on the processor.</source>
        <translation>No se encontró tarjeta gráfica: los modelos se ejecutarán en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="293"/>
        <source>Video memory (VRAM) decides how much of a model runs on the graphics card. Free is what the desktop and other programs leave.</source>
        <translation>La memoria de vídeo (VRAM) decide cuánto de un modelo va en la tarjeta gráfica. «Libres» es lo que dejan el escritorio y los demás programas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="297"/>
        <source>{folder} (%n model(s))</source>
        <translation>
            <numerusform>{folder} (%n modelo)</numerusform>
            <numerusform>{folder} (%n modelos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="299"/>
        <source>Not found — install LM Studio from lmstudio.ai, or ignore this if you use another server.</source>
        <translation>No encontrada: instala LM Studio desde lmstudio.ai, o ignóralo si usas otro servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="301"/>
        <source>Where LM Studio keeps downloaded models; downloads from this app go there.</source>
        <translation>Donde LM Studio guarda los modelos descargados; las descargas de esta aplicación van ahí.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="304"/>
        <source>Free space on the disk that holds the models folder: a 7B model needs 4–6 GiB.</source>
        <translation>Espacio libre en el disco de la carpeta de modelos: un modelo 7B necesita de 4 a 6 GiB.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="305"/>
        <source>What-if hardware (not this computer)</source>
        <translation>Hardware hipotético (no es este equipo)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="306"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="309"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="310"/>
        <source>What this computer has to run a model. Change it below to ask &quot;what if&quot;.</source>
        <translation>Lo que tiene este equipo para ejecutar un modelo. Cámbialo abajo para preguntar «¿y si…?».</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="311"/>
        <source>Detecting your hardware…</source>
        <translation>Detectando tu hardware…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="312"/>
        <source>Detecting your hardware</source>
        <translation>Detectando tu hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="313"/>
        <source>Memory (RAM):</source>
        <translation>Memoria (RAM):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="314"/>
        <source>Processor:</source>
        <translation>Procesador:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="315"/>
        <source>Graphics:</source>
        <translation>Gráficos:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="316"/>
        <source>LM Studio folder:</source>
        <translation>Carpeta de LM Studio:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="317"/>
        <source>Free disk:</source>
        <translation>Disco libre:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="320"/>
        <source>&amp;Detect again</source>
        <translation>&amp;Detectar de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="325"/>
        <source>R&amp;AM:</source>
        <translation>RA&amp;M:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="330"/>
        <source>A graphics card from the bundled table (VRAM, bandwidth, power); type part of its name to find it.</source>
        <translation>Una tarjeta gráfica de la tabla incluida (VRAM, ancho de banda, consumo); escribe parte de su nombre para encontrarla.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="321"/>
        <source>Run the detection again, e.g. after closing programs that use the GPU.</source>
        <translation>Vuelve a detectar, por ejemplo después de cerrar programas que usan la GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="322"/>
        <source>&amp;What if… (try other hardware)</source>
        <translation>¿&amp;Y si…? (prueba otro hardware)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="323"/>
        <source>Pretend this computer had other RAM or another graphics card; every later page uses it.</source>
        <translation>Imagina que este equipo tuviera otra RAM u otra tarjeta gráfica; todas las páginas siguientes lo usan.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="326"/>
        <source>RAM for what-if</source>
        <translation>RAM hipotética</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="327"/>
        <source>Total system memory to assume.</source>
        <translation>Memoria total del sistema que se supone.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="328"/>
        <source>Graphics &amp;card:</source>
        <translation>&amp;Tarjeta gráfica:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="329"/>
        <source>Graphics card for what-if</source>
        <translation>Tarjeta gráfica hipotética</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="332"/>
        <source>Free VRAM is assumed equal to total for a card from the table.</source>
        <translation>Para una tarjeta de la tabla se supone que toda la VRAM está libre.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="231"/>
        <source>The model search failed.</source>
        <translation>Falló la búsqueda de modelos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="236"/>
        <source>Offline: bundled list from {date}</source>
        <translation>Sin conexión: lista incluida del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="237"/>
        <source>Hugging Face could not be reached, so this is the list that ships with the app. Sizes and downloads may have changed since.</source>
        <translation>No se pudo conectar con Hugging Face, así que esta es la lista que trae la aplicación. Los tamaños y las descargas pueden haber cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="240"/>
        <source>Live from Hugging Face, {date}</source>
        <translation>En directo desde Hugging Face, {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="241"/>
        <source>Searched on huggingface.co (results are cached for a while).</source>
        <translation>Buscado en huggingface.co (los resultados se guardan un tiempo).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="285"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="312"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} de {total} · {rate}/s · quedan {eta}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="320"/>
        <source>Resumed an interrupted download ({size} were already there).</source>
        <translation>Se reanudó una descarga interrumpida (ya había {size}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="323"/>
        <source>Removed the leftovers of interrupted downloads ({size} freed).</source>
        <translation>Se borraron los restos de descargas interrumpidas ({size} liberados).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="330"/>
        <source>The download stalled: nothing arrived for {seconds} s. The part already downloaded is kept: download again to resume.</source>
        <translation>La descarga se atascó: no llegó nada en {seconds} s. Lo ya descargado se conserva: descarga de nuevo para reanudarla.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="333"/>
        <source>This file is already being downloaded by another window or program.</source>
        <translation>Otra ventana u otro programa ya está descargando este archivo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="335"/>
        <source>The download failed: Hugging Face cannot be reached. Check the internet connection, then download again.</source>
        <translation>La descarga falló: no se puede conectar con Hugging Face. Comprueba la conexión a internet y vuelve a descargar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="353"/>
        <source>Downloaded to {path}</source>
        <translation>Descargado en {path}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="359"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="361"/>
        <source>The download failed.</source>
        <translation>Falló la descarga.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="374"/>
        <source>Checking the downloaded models…</source>
        <translation>Comprobando los modelos descargados…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="404"/>
        <source>Checking {file}: {done} of {total}</source>
        <translation>Comprobando {file}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="409"/>
        <source>Incomplete: {file} ({size}). Download it again.</source>
        <translation>Incompleto: {file} ({size}). Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="412"/>
        <source>Damaged (header unreadable): {file}. Download it again.</source>
        <translation>Dañado (cabecera ilegible): {file}. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="414"/>
        <source>Out of date (Hugging Face has a different file now): {file}.</source>
        <translation>Desactualizado (Hugging Face tiene ahora otro archivo): {file}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="416"/>
        <source>OK: {file}</source>
        <translation>Correcto: {file}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="421"/>
        <source>LM Studio&apos;s models folder was not found.</source>
        <translation>No se encontró la carpeta de modelos de LM Studio.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="425"/>
        <source>No GGUF files in {folder}.</source>
        <translation>No hay archivos GGUF en {folder}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="427"/>
        <source>{ok} OK, {stale} out of date, {corrupt} damaged, {partial} incomplete.</source>
        <translation>{ok} correctos, {stale} desactualizados, {corrupt} dañados, {partial} incompletos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="432"/>
        <source>Not checked against Hugging Face: {count} (offline, or not downloaded from there).</source>
        <translation>Sin comprobar con Hugging Face: {count} (sin conexión, o no descargados de allí).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="435"/>
        <source>Stopped before the end.</source>
        <translation>Detenido antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="442"/>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="444"/>
        <source>The check of the downloaded models failed.</source>
        <translation>Falló la comprobación de los modelos descargados.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="466"/>
        <source>LM Studio did not open. Is it installed? Link: {url}</source>
        <translation>LM Studio no se abrió. ¿Está instalado? Enlace: {url}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="471"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="472"/>
        <source>GGUF files on Hugging Face that fit the recommended class.</source>
        <translation>Archivos GGUF de Hugging Face que encajan con el tamaño recomendado.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="475"/>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="479"/>
        <source>&amp;Class:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="480"/>
        <source>Model class</source>
        <translation>Tamaño del modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="481"/>
        <source>Model size in parameters; prefilled with the recommendation.</source>
        <translation>Tamaño del modelo en parámetros; viene relleno con la recomendación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="482"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="483"/>
        <source>e.g. llama, qwen, gemma, mistral</source>
        <translation>p. ej. llama, qwen, gemma, mistral</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="484"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="485"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="486"/>
        <source>&amp;Only what runs here</source>
        <translation>&amp;Solo lo que funciona aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="487"/>
        <source>Hide files that are too large for this computer.</source>
        <translation>Oculta los archivos demasiado grandes para este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="488"/>
        <source>Models found</source>
        <translation>Modelos encontrados</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="489"/>
        <source>Nothing found runs well on this computer. These come closest: a lower quantisation, a shorter context or more memory would make them run.</source>
        <translation>Nada de lo encontrado va bien en este equipo. Estos son los que más se acercan: con una cuantización más baja, un contexto más corto o más memoria funcionarían.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="491"/>
        <source>Nothing found. Try another class, clear the name, or switch off &quot;Only what runs here&quot;.</source>
        <translation>No se encontró nada. Prueba otro tamaño, borra el nombre o desactiva «Solo lo que funciona aquí».</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="493"/>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="494"/>
        <source>File to download</source>
        <translation>Archivo que se descarga</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="495"/>
        <source>Every quantisation in the repository, with its size and fit here.</source>
        <translation>Todas las cuantizaciones del repositorio, con su tamaño y su encaje aquí.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="496"/>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="497"/>
        <source>Download into LM Studio&apos;s models folder.</source>
        <translation>Descarga en la carpeta de modelos de LM Studio.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="498"/>
        <source>Open in &amp;LM Studio</source>
        <translation>Abrir en &amp;LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="499"/>
        <source>Let LM Studio download and manage this model itself.</source>
        <translation>Deja que LM Studio descargue y gestione este modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="500"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="501"/>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="502"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="503"/>
        <source>&amp;Verify downloaded models</source>
        <translation>&amp;Verificar modelos descargados</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="504"/>
        <source>Check the GGUF files in LM Studio&apos;s models folder: size, header and SHA-256 against Hugging Face.</source>
        <translation>Comprueba los archivos GGUF de la carpeta de modelos de LM Studio: tamaño, cabecera y SHA-256 frente a Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="506"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="507"/>
        <source>Stop checking</source>
        <translation>Detener la comprobación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="508"/>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="64"/>
        <source>The next size up ({tier} at {quant}) needs {needs_bytes}, but only {available_bytes} of {memory} is free.</source>
        <translation>El tamaño siguiente ({tier} en {quant}) necesita {needs_bytes}, pero solo hay {available_bytes} libres de {memory}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="67"/>
        <source>The next size up ({tier} at {quant}) would fit but run at only {tokens_per_second} tokens per second (below {min_tokens_per_second}).</source>
        <translation>El tamaño siguiente ({tier} en {quant}) cabría, pero iría a solo {tokens_per_second} tokens por segundo (menos de {min_tokens_per_second}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="61"/>
        <source>A {tier} model ({model}) at {quant} needs {needs_bytes} and runs at about {tokens_per_second} tokens per second here ({fit}).</source>
        <translation>Un modelo {tier} ({model}) en {quant} necesita {needs_bytes} y va a unos {tokens_per_second} tokens por segundo aquí ({fit}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="70"/>
        <source>The next size up ({tier}) runs usably only at {quant}, below {min_good_quant}: its answers would suffer.</source>
        <translation>El tamaño siguiente ({tier}) solo va a una velocidad usable en {quant}, por debajo de {min_good_quant}: sus respuestas empeorarían.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="73"/>
        <source>Tight: the model takes {needs_bytes} of {total_bytes} and leaves the system less than it needs for comfortable use. Close other programs (browser, games) before loading it, or choose a lower quantisation.</source>
        <translation>Justo: el modelo ocupa {needs_bytes} de {total_bytes} y deja al sistema menos de lo que necesita para ir con holgura. Cierra otros programas (navegador, juegos) antes de cargarlo, o elige una cuantización más baja.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="77"/>
        <source>{model} is a mixture of experts: {parameters} billion weights in memory but only {active_parameters} billion read per token, so it runs like a small model. A dense {tier} model such as {dense_model} would run at {dense_tokens_per_second} tokens per second.</source>
        <translation>{model} es una mezcla de expertos: {parameters} mil millones de pesos en memoria, pero solo lee {active_parameters} mil millones por token, así que va como un modelo pequeño. Un modelo {tier} denso como {dense_model} iría a {dense_tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="81"/>
        <source>A {tier} model ({model}) at {quant} would also run, but only with {gpu_layers} of {total_layers} layers on the graphics card and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo {tier} ({model}) en {quant} también funcionaría, pero solo con {gpu_layers} de {total_layers} capas en la tarjeta gráfica y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="85"/>
        <source>Faster choice: a {tier} model ({model}) at {quant} runs entirely on the graphics card at about {tokens_per_second} tokens per second.</source>
        <translation>Opción más rápida: un modelo {tier} ({model}) en {quant} cabe entero en la tarjeta gráfica y va a unos {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="88"/>
        <source>{tier} is the largest class we size.</source>
        <translation>{tier} es el tamaño más grande que calculamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="89"/>
        <source>No {tier} model we know is trained for {context} tokens of context (the longest: {context_train}).</source>
        <translation>Ningún modelo {tier} que conozcamos está entrenado para {context} tokens de contexto (el que más: {context_train}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="92"/>
        <source>The integrated graphics would generate more slowly than the processor beside it, so the model runs on the processor.</source>
        <translation>La gráfica integrada generaría más despacio que el procesador que tiene al lado, así que el modelo se ejecuta en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="95"/>
        <source>Only a low quantisation ({quant}, below {min_good_quant}) fits for {tier}: expect noticeably weaker answers.</source>
        <translation>Para {tier} solo cabe una cuantización baja ({quant}, por debajo de {min_good_quant}): espera respuestas bastante peores.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="98"/>
        <source>Even a {tier} model at {quant} does not run usably: it needs {needs_bytes} of {memory} ({available_bytes} free) or runs at {tokens_per_second} tokens per second.</source>
        <translation>Ni siquiera un modelo {tier} en {quant} funciona de forma usable: necesita {needs_bytes} de {memory} ({available_bytes} libres) o va a {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="101"/>
        <source>{gpu_layers} of {total_layers} layers fit on the graphics card; the rest runs on the processor, which is slower.</source>
        <translation>Caben {gpu_layers} de {total_layers} capas en la tarjeta gráfica; el resto va en el procesador, que es más lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="104"/>
        <source>No usable graphics card: the model runs from system RAM on the processor.</source>
        <translation>No hay una tarjeta gráfica útil: el modelo se ejecuta desde la RAM en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="106"/>
        <source>The graphics card&apos;s memory is taken: only {vram_free_bytes} of {vram_total_bytes} is free, not enough for one layer of a model, so the sizes are compared with system RAM. Close the programs that hold graphics memory (games, another model) to use the card.</source>
        <translation>La memoria de la tarjeta gráfica está ocupada: solo quedan libres {vram_free_bytes} de {vram_total_bytes}, que no bastan para una capa de un modelo, así que los tamaños se comparan con la RAM del sistema. Cierra los programas que ocupan memoria gráfica (juegos, otro modelo) para usar la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="110"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="111"/>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="112"/>
        <source>not a valid GGUF file</source>
        <translation>no es un archivo GGUF válido</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="113"/>
        <source>The memory speed of the {device} could not be measured; we assumed {bandwidth_gbps} GB/s, so the speed is a rough guess.</source>
        <translation>No se pudo medir la velocidad de memoria de {device}; supusimos {bandwidth_gbps} GB/s, así que la velocidad es aproximada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="125"/>
        <source>GPU memory</source>
        <translation>la memoria de la GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="127"/>
        <source>GPU memory and system RAM together</source>
        <translation>la memoria de la GPU y la RAM del sistema juntas</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="128"/>
        <source>system RAM</source>
        <translation>la RAM del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="139"/>
        <source>{model} is a mixture of experts: {parameters} billion weights in memory but only {active_parameters} billion read per token, so it runs like a small model. A dense {tier} model such as {dense_model} would not fit.</source>
        <translation>{model} es una mezcla de expertos: {parameters} mil millones de pesos en memoria, pero solo lee {active_parameters} mil millones por token, así que va como un modelo pequeño. Un modelo {tier} denso como {dense_model} no cabría.</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="250"/>
        <source>The recommendation could not be computed.</source>
        <translation>No se pudo calcular la recomendación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="254"/>
        <source>{tokens} tokens</source>
        <translation>{tokens} tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="259"/>
        <source>Waiting for the hardware…</source>
        <translation>Esperando al hardware…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="260"/>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="265"/>
        <source>Recommended: {model} ({tier} class) at {quant}</source>
        <translation>Recomendado: {model} (tamaño {tier}) en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="268"/>
        <source>Recommended: a {tier} model at {quant}</source>
        <translation>Recomendado: un modelo {tier} en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="271"/>
        <source>No model size runs at a usable speed on this hardware.</source>
        <translation>Ningún tamaño de modelo va a una velocidad usable en este hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="276"/>
        <source>≈ {speed}</source>
        <translation>≈ {speed}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="277"/>
        <source> · tight</source>
        <translation> · justo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="278"/>
        <source>Expected generation speed: words appear at roughly 0.75 words per token. Below {minimum} tok/s feels slow.</source>
        <translation>Velocidad de generación esperada: salen unas 0,75 palabras por token. Por debajo de {minimum} tok/s se hace lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="283"/>
        <source> (mixture of experts)</source>
        <translation> (mezcla de expertos)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="286"/>
        <source>Models of about {tier} parameters.</source>
        <translation>Modelos de unos {tier} parámetros.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="288"/>
        <source>The best quantisation that fits: fewer bits per weight means smaller and slightly less accurate.</source>
        <translation>La mejor cuantización que cabe: menos bits por peso significa más pequeño y algo menos preciso.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="291"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="335"/>
        <source>Estimated generation speed on this hardware.</source>
        <translation>Velocidad de generación estimada en este hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="292"/>
        <source>{needs} of {available}</source>
        <translation>{needs} de {available}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="294"/>
        <source>Memory this class needs (weights, context cache, overhead) against what this computer can give it.</source>
        <translation>Memoria que necesita este tamaño (pesos, caché de contexto, extra) frente a la que este equipo le puede dar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="298"/>
        <source>{fit}, tight</source>
        <translation>{fit}, justo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="305"/>
        <source>Assumed (correct them in the hardware page)</source>
        <translation>Supuesto (corrígelo en la página de hardware)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="317"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="318"/>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="319"/>
        <source>Overhead</source>
        <translation>Extra</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="322"/>
        <source>Needed</source>
        <translation>Necesaria</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="323"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="324"/>
        <source>Memory for a {tier} model at {quant}, {tokens} tokens of context</source>
        <translation>Memoria para un modelo {tier} en {quant}, {tokens} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="343"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="344"/>
        <source>The largest model class that runs well here, and why.</source>
        <translation>El tamaño de modelo más grande que funciona bien aquí, y por qué.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="345"/>
        <source>&amp;Context length:</source>
        <translation>Longitud del &amp;contexto:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="346"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="347"/>
        <source>How much text the model keeps in mind at once (prompt plus reply). Longer context needs more memory for the KV cache.</source>
        <translation>Cuánto texto tiene presente el modelo a la vez (pregunta más respuesta). Un contexto más largo necesita más memoria para la caché KV.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="349"/>
        <source>&amp;Minimum speed:</source>
        <translation>Velocidad &amp;mínima:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="351"/>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="353"/>
        <source>Minimum speed</source>
        <translation>Velocidad mínima</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="354"/>
        <source>The slowest generation you accept: a class slower than this is not recommended. About 5 tok/s reads like a person typing; 10 or more feels fluent.</source>
        <translation>La generación más lenta que aceptas: no se recomienda una clase más lenta que esto. Unos 5 tok/s se leen como alguien escribiendo; 10 o más se siente fluido.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="358"/>
        <source>Class</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="358"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="358"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="362"/>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="358"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="362"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="358"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="365"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="359"/>
        <source>Model classes</source>
        <translation>Tamaños de modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="360"/>
        <source>Every class on this computer</source>
        <translation>Cada tamaño en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="361"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="363"/>
        <source>Models already in LM Studio</source>
        <translation>Modelos que ya tienes en LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="362"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="362"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="364"/>
        <source>No downloaded models found in LM Studio&apos;s folder.</source>
        <translation>No hay modelos descargados en la carpeta de LM Studio.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="13"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="14"/>
        <source>API price (input / output per million)</source>
        <translation>Precio de la API (entrada / salida por millón)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="15"/>
        <source>API price date</source>
        <translation>Fecha del precio de la API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="16"/>
        <source>API prices</source>
        <translation>Precios de API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="17"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="18"/>
        <source>Assumptions:</source>
        <translation>Supuestos:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="19"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="20"/>
        <source>Average power while generating</source>
        <translation>Potencia media al generar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="21"/>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="22"/>
        <source>Benchmark</source>
        <translation>Prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="23"/>
        <source>Best quant</source>
        <translation>Mejor cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="24"/>
        <source>Break-even</source>
        <translation>Amortización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="25"/>
        <source>{months}, after the hardware&apos;s {years}-year lifetime: in practice, never</source>
        <translation>{months}, más allá de la vida útil del equipo ({years} años): en la práctica, nunca</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="26"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="27"/>
        <source>Class</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="28"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="29"/>
        <source>Cores (physical / logical)</source>
        <translation>Núcleos (físicos / lógicos)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="30"/>
        <source>Cost per month</source>
        <translation>Coste al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="31"/>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="32"/>
        <source>Created {created} (UTC) by Local LLM Advisor {version}</source>
        <translation>Creado el {created} (UTC) por Local LLM Advisor {version}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="33"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="34"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="35"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="36"/>
        <source>Described: {origin}</source>
        <translation>Descrito: {origin}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="37"/>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="38"/>
        <source>Electricity per month</source>
        <translation>Electricidad al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="39"/>
        <source>Electricity prices</source>
        <translation>Precios de la electricidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="40"/>
        <source>Energy per million tokens</source>
        <translation>Energía por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="41"/>
        <source>Energy per token</source>
        <translation>Energía por token</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="42"/>
        <source>Enough hours to generate it</source>
        <translation>Horas suficientes para generarlo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="43"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="44"/>
        <source>Expected speed</source>
        <translation>Velocidad esperada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="45"/>
        <source>Figures from</source>
        <translation>Cifras de</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="46"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="47"/>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="48"/>
        <source>Free disk space there</source>
        <translation>Espacio libre en ese disco</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="49"/>
        <source>From the Hugging Face Hub, {date}.</source>
        <translation>Del Hub de Hugging Face, {date}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="50"/>
        <source>From the bundled offline snapshot of {date}.</source>
        <translation>De la copia sin conexión incluida, del {date}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="51"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="52"/>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="53"/>
        <source>GPU specifications</source>
        <translation>Especificaciones de GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="54"/>
        <source>Generation hours per month</source>
        <translation>Horas de generación al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="55"/>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="56"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="57"/>
        <source>Hardware amortisation per month</source>
        <translation>Amortización del equipo al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="58"/>
        <source>Host name, serial numbers and user folders are left out of this report.</source>
        <translation>Este informe no incluye el nombre del equipo, números de serie ni carpetas de usuario.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="59"/>
        <source>Instruction sets</source>
        <translation>Juegos de instrucciones</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="60"/>
        <source>LM Studio models folder</source>
        <translation>Carpeta de modelos de LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="61"/>
        <source>LM Studio&apos;s own statistics</source>
        <translation>estadísticas del propio LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="62"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="63"/>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="64"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="65"/>
        <source>Local LLM Advisor report</source>
        <translation>Informe de Local LLM Advisor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="66"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="67"/>
        <source>Measured speed</source>
        <translation>Velocidad medida</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="68"/>
        <source>Memory (RAM)</source>
        <translation>Memoria (RAM)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="69"/>
        <source>Memory bandwidth</source>
        <translation>Ancho de banda de memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="70"/>
        <source>Missing parts</source>
        <translation>Partes que faltan</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="71"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="72"/>
        <source>Model catalogue</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="73"/>
        <source>Model on the server</source>
        <translation>Modelo en el servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="74"/>
        <source>Models already downloaded</source>
        <translation>Modelos ya descargados</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="75"/>
        <source>Models already in LM Studio</source>
        <translation>Modelos que ya tienes en LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="76"/>
        <source>Models that run here</source>
        <translation>Modelos que funcionan aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="77"/>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="78"/>
        <source>No GPU found: models run on the processor.</source>
        <translation>No se encontró GPU: los modelos se ejecutan en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="79"/>
        <source>No model of the recommended class was found.</source>
        <translation>No se encontró ningún modelo del tamaño recomendado.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="80"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="81"/>
        <source>Per million tokens</source>
        <translation>Por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="82"/>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="83"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="84"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="85"/>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="86"/>
        <source>Prompt processing</source>
        <translation>Procesado de la pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="87"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="88"/>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="89"/>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="90"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="91"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="92"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="93"/>
        <source>Runs here</source>
        <translation>Funciona aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="94"/>
        <source>given in the hardware file</source>
        <translation>indicada en el archivo de hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="95"/>
        <source>from the memory&apos;s type and speed</source>
        <translation>según el tipo y la velocidad de la memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="96"/>
        <source>from the processor&apos;s family</source>
        <translation>según la familia del procesador</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="97"/>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="98"/>
        <source>Memory in all</source>
        <translation>Memoria total</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="99"/>
        <source>Kept for the system</source>
        <translation>Reservada para el sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="100"/>
        <source>Held by open programs</source>
        <translation>Ocupada por programas abiertos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="101"/>
        <source>Usable for the model</source>
        <translation>Disponible para el modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="102"/>
        <source>only at a low quant</source>
        <translation>solo con cuantización baja</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="103"/>
        <source>Assumed about this computer:</source>
        <translation>Supuesto sobre este equipo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="104"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="105"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="106"/>
        <source>Size class</source>
        <translation>Tamaño de modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="107"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="108"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="109"/>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="110"/>
        <source>Tokens generated</source>
        <translation>Tokens generados</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="111"/>
        <source>Usable speed threshold</source>
        <translation>Velocidad mínima usable</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="112"/>
        <source>VRAM free</source>
        <translation>VRAM libre</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="113"/>
        <source>VRAM total</source>
        <translation>VRAM total</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="114"/>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="115"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="116"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="117"/>
        <source>a hardware file (what-if)</source>
        <translation>un archivo de hardware (hipotético)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="118"/>
        <source>at once: no hardware cost counted</source>
        <translation>desde el principio: no se cuenta el coste del equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="119"/>
        <source>board</source>
        <translation>placa</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="120"/>
        <source>could not be produced</source>
        <translation>no se pudo obtener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="121"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="122"/>
        <source>from the chip&apos;s specifications</source>
        <translation>según las especificaciones del chip</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="123"/>
        <source>full GPU</source>
        <translation>GPU completa</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="124"/>
        <source>llama.cpp&apos;s own timings</source>
        <translation>tiempos del propio llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="125"/>
        <source>local {local}, API {api}</source>
        <translation>local {local}, API {api}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="126"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="127"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="128"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="129"/>
        <source>no size class runs at a usable speed on this machine</source>
        <translation>ningún tamaño funciona a una velocidad usable en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="130"/>
        <source>not available in this installation</source>
        <translation>no disponible en esta instalación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="131"/>
        <source>not reachable</source>
        <translation>no accesible</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="132"/>
        <source>partial offload</source>
        <translation>GPU parcial</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="133"/>
        <source>problem: {sentence}</source>
        <translation>problema: {sentence}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="134"/>
        <source>this machine (detected)</source>
        <translation>este equipo (detectado)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="135"/>
        <source>timed and counted here</source>
        <translation>cronometrado y contado aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="136"/>
        <source>timed here, tokens counted by the server</source>
        <translation>cronometrado aquí, tokens contados por el servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="137"/>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="138"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="139"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="140"/>
        <source>unified memory</source>
        <translation>memoria unificada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="141"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="142"/>
        <source>{kind}, working</source>
        <translation>{kind}, funciona</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="143"/>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="144"/>
        <source>{tier} models at {quant}</source>
        <translation>modelos {tier} en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/report_words.py" line="145"/>
        <source>{total} total, {available} available</source>
        <translation>{total} en total, {available} disponibles</translation>
    </message>
</context>
<context>
    <name>ServerKinds</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="279"/>
        <source>OpenAI-compatible server</source>
        <translation>servidor compatible con OpenAI</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="362"/>
        <source>Testing the server failed.</source>
        <translation>Falló la prueba del servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="367"/>
        <source>Not tested yet.</source>
        <translation>Aún sin probar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="374"/>
        <source>Answered in {ms} ms</source>
        <translation>Respondió en {ms} ms</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="377"/>
        <source>Connected to {kind} {version}</source>
        <translation>Conectado a {kind} {version}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="379"/>
        <source>Models: {models}</source>
        <translation>Modelos: {models}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="382"/>
        <source>Found {kind}.</source>
        <translation>Se encontró {kind}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="406"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="409"/>
        <source>Click to use this server.</source>
        <translation>Haz clic para usar este servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="412"/>
        <source>No local server found on the usual ports.</source>
        <translation>No hay ningún servidor local en los puertos habituales.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="430"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="445"/>
        <source>Measuring… run {run} of {runs}</source>
        <translation>Midiendo… ejecución {run} de {runs}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="448"/>
        <source>Measuring… run {run} of {runs}: {speed} now</source>
        <translation>Midiendo… ejecución {run} de {runs}: {speed} ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/server.py" line="461"/>
        <source>{speed} · first token after {ttft} ms · %n run(s)</source>
        <translation>
            <numerusform>{speed} · primer token a los {ttft} ms · %n ejecución</numerusform>
            <numerusform>{speed} · primer token a los {ttft} ms · %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="464"/>
        <source>Median generation speed over the runs, and the wait before the first word. Source: {source}.</source>
        <translation>Mediana de la velocidad de generación de las ejecuciones, y la espera hasta la primera palabra. Fuente: {source}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="467"/>
        <source>{joules} J/token, {watts} W on average</source>
        <translation>{joules} J/token, {watts} W de media</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="470"/>
        <source>Energy per generated token and the average power while generating, read from this computer&apos;s energy counters ({meters}).</source>
        <translation>Energía por token generado y potencia media mientras genera, leídas de los contadores de energía de este equipo ({meters}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="473"/>
        <source>Energy could not be measured here (no NVIDIA energy counter, and the processor&apos;s RAPL counter is not readable): the Costs page estimates the power instead.</source>
        <translation>Aquí no se pudo medir la energía (no hay contador de energía de NVIDIA y el contador RAPL del procesador no se puede leer): la página de costes estima la potencia.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="482"/>
        <source>The benchmark failed.</source>
        <translation>Falló la prueba de velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="566"/>
        <source>Streams a few short replies and measures tokens per second (and the energy used, where this computer can measure it).</source>
        <translation>Genera unas cuantas respuestas cortas y mide los tokens por segundo (y la energía consumida, si este equipo puede medirla).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="568"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="569"/>
        <source>Stops the benchmark at once.</source>
        <translation>Detiene la prueba de velocidad al momento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="480"/>
        <location filename="../../advisor/qt/pages/server.py" line="532"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="254"/>
        <source>Not a valid URL: {url}. Write it like http://localhost:1234/v1</source>
        <translation>No es una URL válida: {url}. Escríbela como http://localhost:1234/v1</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="289"/>
        <source>The API key has characters a server cannot receive (such as ñ, a typographic dash or a line break). Copy it again from the server&apos;s settings.</source>
        <translation>La clave de API tiene caracteres que un servidor no puede recibir (como la ñ, una raya tipográfica o un salto de línea). Cópiala de nuevo desde la configuración del servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="343"/>
        <source>Memory: the server uses {used}; predicted {predicted} for {file} at {context} tokens of context.</source>
        <translation>Memoria: el servidor usa {used}; se predijeron {predicted} para {file} con {context} tokens de contexto.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="388"/>
        <source>Not taken: from 0 to 2.</source>
        <translation>No se ha aceptado: de 0 a 2.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="525"/>
        <location filename="../../advisor/qt/pages/server.py" line="534"/>
        <source>The prompt could not be sent.</source>
        <translation>No se pudo enviar la pregunta.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="548"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="549"/>
        <source>Check that your OpenAI-compatible server answers, and how fast.</source>
        <translation>Comprueba que tu servidor compatible con OpenAI responde, y a qué velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="550"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="551"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="552"/>
        <source>The base URL your code passes to the openai package; LM Studio&apos;s is http://localhost:1234/v1.</source>
        <translation>La URL base que tu código pasa al paquete openai; la de LM Studio es http://localhost:1234/v1.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="554"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="555"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="556"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="557"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="558"/>
        <source>Only if the server asks for one (LM Studio&apos;s authentication, vLLM --api-key). It is not saved.</source>
        <translation>Solo si el servidor la pide (autenticación de LM Studio, vLLM --api-key). No se guarda.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="560"/>
        <location filename="../../advisor/qt/pages/server.py" line="561"/>
        <source>Servers found on this computer</source>
        <translation>Servidores encontrados en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="562"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="563"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="564"/>
        <source>Model to use</source>
        <translation>Modelo que se usa</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="565"/>
        <source>Ben&amp;chmark</source>
        <translation>Medir &amp;velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="570"/>
        <source>Try a prompt</source>
        <translation>Prueba una pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="571"/>
        <source>S&amp;ystem message:</source>
        <translation>Mensaje del &amp;sistema:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="572"/>
        <source>You are a helpful assistant.</source>
        <translation>Eres un asistente útil.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="573"/>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="574"/>
        <source>&amp;Prompt:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="575"/>
        <source>Ask something…</source>
        <translation>Pregunta algo…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="576"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="577"/>
        <source>T&amp;emperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="578"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="579"/>
        <source>Higher is more varied, lower more predictable (0 to 2).</source>
        <translation>Más alta da respuestas más variadas; más baja, más previsibles (de 0 a 2).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="580"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="581"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="582"/>
        <source>Reply:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="583"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="584"/>
        <source>Generation speed of this reply.</source>
        <translation>Velocidad de generación de esta respuesta.</translation>
    </message>
</context>
<context>
    <name>ServerProblems</name>
    <message>
        <location filename="../../advisor/qt/wording.py" line="289"/>
        <source>Nothing answers at {url}: the server is not running.</source>
        <translation>Nada responde en {url}: el servidor no está en marcha.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="290"/>
        <source>In LM Studio open the Developer tab and press Start Server (or run `lms server start`). Check that the port in the URL matches the server&apos;s port.</source>
        <translation>En LM Studio abre la pestaña Developer y pulsa Start Server (o ejecuta `lms server start`). Comprueba que el puerto de la URL es el del servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="296"/>
        <source>Something listens at {url} but did not answer in time.</source>
        <translation>Algo escucha en {url}, pero no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="297"/>
        <source>The server may be busy loading or generating. Wait a moment and test again.</source>
        <translation>Puede que el servidor esté ocupado cargando o generando. Espera un momento y prueba de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="301"/>
        <source>A server answers, but not at this path.</source>
        <translation>Responde un servidor, pero no en esta ruta.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="302"/>
        <source>Use {suggested_url} as the base URL (OpenAI-compatible servers expect /v1 at the end).</source>
        <translation>Usa {suggested_url} como URL base (los servidores compatibles con OpenAI esperan /v1 al final).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="307"/>
        <source>Something else answers on this port: it is not an OpenAI-compatible server.</source>
        <translation>En este puerto responde otra cosa: no es un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="309"/>
        <source>Check the port: LM Studio uses 1234, Ollama 11434, llama.cpp 8080.</source>
        <translation>Revisa el puerto: LM Studio usa el 1234, Ollama el 11434 y llama.cpp el 8080.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="313"/>
        <source>The server wants an API key (HTTP {status}).</source>
        <translation>El servidor pide una clave de API (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="314"/>
        <source>Turn off authentication in the server settings, or give the key it expects.</source>
        <translation>Desactiva la autenticación en la configuración del servidor o indica la clave que espera.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="318"/>
        <source>The server runs, but no model is loaded.</source>
        <translation>El servidor funciona, pero no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="319"/>
        <source>Load a model in LM Studio (or run `lms load &lt;model&gt;`), then test again.</source>
        <translation>Carga un modelo en LM Studio (o ejecuta `lms load &lt;modelo&gt;`) y prueba de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="323"/>
        <source>The server is still loading a model.</source>
        <translation>El servidor aún está cargando un modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="324"/>
        <source>Wait until loading finishes, then test again.</source>
        <translation>Espera a que termine de cargar y prueba de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="327"/>
        <source>The server answered with an error (HTTP {status}).</source>
        <translation>El servidor respondió con un error (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="328"/>
        <source>Look at the server&apos;s log for the cause; restarting the server often helps.</source>
        <translation>Mira el registro del servidor para ver la causa; reiniciarlo suele ayudar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="332"/>
        <source>{url} sent an answer too large to be a local LLM server&apos;s; it was not read to the end.</source>
        <translation>{url} envió una respuesta demasiado grande para ser de un servidor local de LLM; no se leyó hasta el final.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="335"/>
        <source>Check that the URL is your LLM server (LM Studio uses port 1234, Ollama 11434, llama.cpp 8080) and look at its log.</source>
        <translation>Comprueba que la URL sea la de tu servidor de LLM (LM Studio usa el puerto 1234, Ollama el 11434, llama.cpp el 8080) y mira su registro.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="342"/>
        <source>{url} did not finish its reply within {timeout_s} s.</source>
        <translation>{url} no terminó su respuesta en {timeout_s} s.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="344"/>
        <source>The server may be loading a model, be far too slow for it, or be hung: wait and try again, restart it, or try a smaller model.</source>
        <translation>Puede que el servidor esté cargando un modelo, sea demasiado lento para él o esté colgado: espera e inténtalo de nuevo, reinícialo o prueba un modelo más pequeño.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="350"/>
        <source>{url} answered with a redirect; a local server answers directly, so it is not followed.</source>
        <translation>{url} respondió con una redirección; un servidor local responde directamente, así que no se sigue.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="353"/>
        <source>Check the URL: use the server&apos;s own address and port (e.g. http://localhost:1234/v1).</source>
        <translation>Revisa la URL: usa la dirección y el puerto del propio servidor (p. ej. http://localhost:1234/v1).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wording.py" line="357"/>
        <source>Unexpected problem: {code}</source>
        <translation>Problema inesperado: {code}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="143"/>
        <location filename="../../advisor/qt/pages/summary.py" line="213"/>
        <source>The report could not be prepared.</source>
        <translation>No se pudo preparar el informe.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="157"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="162"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="163"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="164"/>
        <source>Not exported: the file was kept.</source>
        <translation>No se exportó: se conservó el archivo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="180"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="182"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="187"/>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="195"/>
        <source>Copied the report to the clipboard (Markdown).</source>
        <translation>Informe copiado al portapapeles (Markdown).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="198"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="199"/>
        <source>Everything in one report: save it or share it. Host names and paths are left out.</source>
        <translation>Todo en un informe: guárdalo o compártelo. No incluye nombres de equipo ni rutas.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="200"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="201"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="204"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="205"/>
        <source>Save the report as a {format} file.</source>
        <translation>Guarda el informe como archivo {format}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="206"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="207"/>
        <source>Copy the report to the clipboard as Markdown.</source>
        <translation>Copia el informe al portapapeles en Markdown.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="57"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="58"/>
        <source>Which language model can this computer run — and is it worth it?</source>
        <translation>¿Qué modelo de lenguaje puede ejecutar este equipo? ¿Y merece la pena?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="60"/>
        <source>In about two minutes this assistant finds out what your computer can run and helps you get it working.</source>
        <translation>En unos dos minutos, este asistente averigua qué puede ejecutar tu equipo y te ayuda a ponerlo en marcha.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="62"/>
        <source>&lt;ol&gt;&lt;li&gt;Detects your RAM, processor and graphics card.&lt;/li&gt;&lt;li&gt;Recommends a model size and quantisation, with the speed to expect.&lt;/li&gt;&lt;li&gt;Finds matching GGUF models on Hugging Face and downloads one.&lt;/li&gt;&lt;li&gt;Tests your local server (LM Studio, Ollama, llama.cpp) and measures its speed.&lt;/li&gt;&lt;li&gt;Compares the cost of running it yourself with paying for an API.&lt;/li&gt;&lt;li&gt;Writes a report you can save or share.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Detecta tu RAM, tu procesador y tu tarjeta gráfica.&lt;/li&gt;&lt;li&gt;Recomienda un tamaño de modelo y una cuantización, con la velocidad que puedes esperar.&lt;/li&gt;&lt;li&gt;Busca modelos GGUF adecuados en Hugging Face y descarga uno.&lt;/li&gt;&lt;li&gt;Prueba tu servidor local (LM Studio, Ollama, llama.cpp) y mide su velocidad.&lt;/li&gt;&lt;li&gt;Compara lo que cuesta ejecutarlo tú mismo con pagar una API.&lt;/li&gt;&lt;li&gt;Escribe un informe que puedes guardar o compartir.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="71"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="72"/>
        <source>The language of the whole app; it changes at once.</source>
        <translation>El idioma de toda la aplicación; cambia al momento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="74"/>
        <source>Nothing leaves your computer except searches on Hugging Face and requests to the servers you test.</source>
        <translation>Nada sale de tu equipo salvo las búsquedas en Hugging Face y las peticiones a los servidores que pruebes.</translation>
    </message>
</context>
</TS>
