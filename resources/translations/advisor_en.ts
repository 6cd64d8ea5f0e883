<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HardwarePage</name>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="309"/>
        <source>{brand} (%n core(s))</source>
        <translation>
            <numerusform>{brand} (%n core)</numerusform>
            <numerusform>{brand} (%n cores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="341"/>
        <source>{folder} (%n model(s))</source>
        <translation>
            <numerusform>{folder} (%n model)</numerusform>
            <numerusform>{folder} (%n models)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/server_bench.py" line="148"/>
        <source>{speed} · first token after {ttft} ms · %n run(s)</source>
        <translation>
            <numerusform>{speed} · first token after {ttft} ms · %n run</numerusform>
            <numerusform>{speed} · first token after {ttft} ms · %n runs</numerusform>
        </translation>
    </message>
</context>
</TS>
