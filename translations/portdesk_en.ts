<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The Telegent server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The Telegent server did not answer within %n second.</numerusform>
            <numerusform>The Telegent server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortValidation</name>
    <message numerus="yes">
        <source>Enter the 10-digit number: area code and number, with or without a leading 1. This has %n digit(s).</source>
        <translation>
            <numerusform>Enter the 10-digit number: area code and number, with or without a leading 1. This has %n digit.</numerusform>
            <numerusform>Enter the 10-digit number: area code and number, with or without a leading 1. This has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::AppContext</name>
    <message numerus="yes">
        <source>The %n practice order(s) of the training session were dropped: they never reached a carrier.</source>
        <translation>
            <numerusform>The %n practice order of the training session was dropped: it never reached a carrier.</numerusform>
            <numerusform>The %n practice orders of the training session were dropped: they never reached a carrier.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ConnectionTab</name>
    <message numerus="yes">
        <source>%n request(s) waiting for budget.</source>
        <translation>
            <numerusform>%n request waiting for budget.</numerusform>
            <numerusform>%n requests waiting for budget.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::CustomerTextsDialog</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · GSM-7 · %n character(s) left</source>
        <translation>
            <numerusform>%1 · GSM-7 · %n character left</numerusform>
            <numerusform>%1 · GSM-7 · %n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · UCS-2 because of %2 · %n character(s) left</source>
        <translation>
            <numerusform>%1 · UCS-2 because of %2 · %n character left</numerusform>
            <numerusform>%1 · UCS-2 because of %2 · %n characters left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DashboardView</name>
    <message numerus="yes">
        <source>Submitted: in the last %n business days. Open and needs action: now.</source>
        <translation>
            <numerusform>Submitted: in the last %n business day. Open and needs action: now.</numerusform>
            <numerusform>Submitted: in the last %n business days. Open and needs action: now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s orders in this registry, as of %1. Per day: the last %n business days, from %2.</source>
        <translation>
            <numerusform>The team&apos;s orders in this registry, as of %1. Per day: the last %n business day, from %2.</numerusform>
            <numerusform>The team&apos;s orders in this registry, as of %1. Per day: the last %n business days, from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to complete: %1 business days (%n completed order(s))</source>
        <translation>
            <numerusform>Median time to complete: %1 business days (%n completed order)</numerusform>
            <numerusform>Median time to complete: %1 business days (%n completed orders)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ImportCsvDialog</name>
    <message numerus="yes">
        <source>Waiting for the account&apos;s request budget: the next row goes in about %n second(s).</source>
        <translation>
            <numerusform>Waiting for the account&apos;s request budget: the next row goes in about %n second.</numerusform>
            <numerusform>Waiting for the account&apos;s request budget: the next row goes in about %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors — errors are not sent</source>
        <translation>
            <numerusform>%n with an error — errors are not sent</numerusform>
            <numerusform>%n with errors — errors are not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already sent before)</source>
        <translation>
            <numerusform>(%n already sent before)</numerusform>
            <numerusform>(%n already sent before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n submitted</numerusform>
            <numerusform>%n submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome: check them in the orders view, never send them again</source>
        <translation>
            <numerusform>%n with an unknown outcome: check it in the orders view, never send it again</numerusform>
            <numerusform>%n with an unknown outcome: check them in the orders view, never send them again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors, not sent</source>
        <translation>
            <numerusform>%n with an error, not sent</numerusform>
            <numerusform>%n with errors, not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send the %n remaining row(s)</source>
        <translation>
            <numerusform>&amp;Send the remaining row</numerusform>
            <numerusform>&amp;Send the %n remaining rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Submit %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Submit %n valid row</numerusform>
            <numerusform>&amp;Submit %n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were not sent. Another file replaces them: they are forgotten. Choose another file anyway?</source>
        <translation>
            <numerusform>The row of this file that was not sent is forgotten if another file replaces it. Choose another file anyway?</numerusform>
            <numerusform>%n rows of this file were not sent. Another file replaces them: they are forgotten. Choose another file anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrderDetailPane</name>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>%n order selected</numerusform>
            <numerusform>%n orders selected</numerusform>
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
    <message numerus="yes">
        <source>Forget the %n row(s) of %1 that were not sent? The file itself is not changed; import it again to send them later.</source>
        <translation>
            <numerusform>Forget the row of %1 that was not sent? The file itself is not changed; import it again to send it later.</numerusform>
            <numerusform>Forget the %n rows of %1 that were not sent? The file itself is not changed; import it again to send them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were not sent.</source>
        <translation>
            <numerusform>%n row of %1 was not sent.</numerusform>
            <numerusform>%n rows of %1 were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may have been sent when PortDesk stopped: they are never sent again.</source>
        <translation>
            <numerusform>%n row may have been sent when PortDesk stopped: it is never sent again.</numerusform>
            <numerusform>%n rows may have been sent when PortDesk stopped: they are never sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n order(s) now...</source>
        <translation>
            <numerusform>Checking %n order now...</numerusform>
            <numerusform>Checking %n orders now...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order ID(s) copied.</source>
        <translation>
            <numerusform>%n order ID copied.</numerusform>
            <numerusform>%n order IDs copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the ports of these %n number(s)?</source>
        <translation>
            <numerusform>Cancel the port of %n number?</numerusform>
            <numerusform>Cancel the ports of these %n numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n port(s)</source>
        <translation>
            <numerusform>Cancel %n port</numerusform>
            <numerusform>Cancel %n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n port(s)...</source>
        <translation>
            <numerusform>Cancelling %n port...</numerusform>
            <numerusform>Cancelling %n ports...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) cancelled.</source>
        <translation>
            <numerusform>%n port cancelled.</numerusform>
            <numerusform>%n ports cancelled.</numerusform>
        </translation>
    </message>
</context>
</TS>
