<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>portdesk::CredentialStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be locked.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::OrdersModel</name>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n business days</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hours ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) waiting for budget.</source>
        <translation>
            <numerusform>%n request waiting for budget.</numerusform>
            <numerusform>%n requests waiting for budget.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersView</name>
    <message numerus="yes">
        <source>Oldest open port: %n business day</source>
        <translation>
            <numerusform>Oldest open port: %n business day</numerusform>
            <numerusform>Oldest open port: %n business day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business days</source>
        <translation>
            <numerusform>Oldest open port: %n business days</numerusform>
            <numerusform>Oldest open port: %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported to %1.</source>
        <translation>
            <numerusform>%n order exported to %1.</numerusform>
            <numerusform>%n orders exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n order(s) from Telegent...</source>
        <translation>
            <numerusform>Fetching %n order from Telegent...</numerusform>
            <numerusform>Fetching %n orders from Telegent...</numerusform>
        </translation>
    </message>
</context>
</TS>
