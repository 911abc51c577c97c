<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="32"/>
        <source>Hello! Welcome.</source>
        <translation>Hello! Welcome.</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="41"/>
        <source>24-hour government self-service</source>
        <translation>24-hour government self-service</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="76"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>CatalogueEmpty</name>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="18"/>
        <source>The service catalogue has not been downloaded yet</source>
        <translation>The service catalogue has not been downloaded yet</translation>
    </message>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="26"/>
        <source>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</source>
        <translation>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="32"/>
        <source>Need help?</source>
        <translation>Need help?</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="40"/>
        <source>Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).</source>
        <translation>Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="28"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="36"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="43"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="66"/>
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>Search services: name, pinyin or initials (e.g. sbk)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="28"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</source>
        <translation>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="58"/>
        <source>End now</source>
        <translation>End now</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="65"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../screens/qml/Labels.qml" line="8"/>
        <source>Presence sensor</source>
        <translation>Presence sensor</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="9"/>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="10"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="11"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="12"/>
        <source>Certificate cabinet</source>
        <translation>Certificate cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="18"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="19"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="20"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="21"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="22"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="23"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="24"/>
        <source>Powered off</source>
        <translation>Powered off</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="30"/>
        <source>This kiosk is being serviced.</source>
        <translation>This kiosk is being serviced.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="31"/>
        <source>The devices this kiosk needs are not working.</source>
        <translation>The devices this kiosk needs are not working.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="37"/>
        <source>Please take your ID card and receipt with you.</source>
        <translation>Please take your ID card and receipt with you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="38"/>
        <source>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</source>
        <translation>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="44"/>
        <source>Social security</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="45"/>
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="46"/>
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="47"/>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="48"/>
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="49"/>
        <source>Starting a business</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="50"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="51"/>
        <source>Civil affairs</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="52"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="53"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="54"/>
        <source>Business changes</source>
        <translation>Business changes</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="55"/>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../screens/qml/Main.qml" line="7"/>
        <source>Government self-service kiosk</source>
        <translation>Government self-service kiosk</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="19"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="27"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="35"/>
        <source>End visit</source>
        <translation>End visit</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="28"/>
        <source>This kiosk is temporarily out of service</source>
        <translation>This kiosk is temporarily out of service</translation>
    </message>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="45"/>
        <source>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</source>
        <translation>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="22"/>
        <source>Service name, pinyin or initials</source>
        <translation>Service name, pinyin or initials</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="45"/>
        <source>Platform online</source>
        <translation>Platform online</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46"/>
        <source>Platform offline</source>
        <translation>Platform offline</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="52"/>
        <source>All sent</source>
        <translation>All sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="52"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n item waiting to send</numerusform>
            <numerusform>%n items waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="58"/>
        <source>Devices OK</source>
        <translation>Devices OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="59"/>
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n device needs attention</numerusform>
            <numerusform>%n devices need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74"/>
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="82"/>
        <source>Call for help</source>
        <translation>Call for help</translation>
    </message>
</context>
</TS>
