<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Fingerprint</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</source>
        <translation>
            <numerusform>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</numerusform>
            <numerusform>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message numerus="yes">
        <source>Continue signing in with %1 in your web browser (waiting up to %n minute(s)).</source>
        <translation>
            <numerusform>Continue signing in with %1 in your web browser (waiting up to %n minute).</numerusform>
            <numerusform>Continue signing in with %1 in your web browser (waiting up to %n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n minute(s) for the sign-in to come back.</source>
        <translation>
            <numerusform>Waiting up to %n minute for the sign-in to come back.</numerusform>
            <numerusform>Waiting up to %n minutes for the sign-in to come back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <comment>a live countdown to the next try</comment>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many sign-in attempts. Wait %n second, then try again.</numerusform>
            <numerusform>Too many sign-in attempts. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. You can try again in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Too many sign-in attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message numerus="yes">
        <source>%1
(in %n day(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(in %n day)</numerusform>
            <numerusform>%1
(in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n hour(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(in %n hour)</numerusform>
            <numerusform>%1
(in %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n minute(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(in %n minute)</numerusform>
            <numerusform>%1
(in %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Connection lost — reconnecting in %n second.</numerusform>
            <numerusform>Connection lost — reconnecting in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
