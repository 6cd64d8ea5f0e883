<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HardwarePage</name>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="375"/>
        <source>{brand} (%n core(s))</source>
        <translation>
            <numerusform>{brand} (%n core)</numerusform>
            <numerusform>{brand} (%n cores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advisor/qt/pages/hardware.py" line="432"/>
        <source>{folder} (%n model(s))</source>
        <translation>
            <numerusform>{folder} (%n model)</numerusform>
            <numerusform>{folder} (%n models)</numerusform>
        </translation>
    </message>
</context>
</TS>
