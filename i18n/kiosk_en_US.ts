<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="32" />
        <source>Hello! Welcome.</source>
        <translation>Hello! Welcome.</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="41" />
        <source>24-hour government self-service</source>
        <translation>24-hour government self-service</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="76" />
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="21" />
        <source>Good, hold still</source>
        <translation>Good, hold still</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="22" />
        <source>Please face the camera</source>
        <translation>Please face the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="23" />
        <source>Only one person in front of the camera, please</source>
        <translation>Only one person in front of the camera, please</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="24" />
        <source>Please move closer</source>
        <translation>Please move closer</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="25" />
        <source>Please move back a little</source>
        <translation>Please move back a little</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="26" />
        <source>Please keep your face in the middle of the picture</source>
        <translation>Please keep your face in the middle of the picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="27" />
        <source>Too dark: please face the light</source>
        <translation>Too dark: please face the light</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="28" />
        <source>Too bright: please avoid strong light</source>
        <translation>Too bright: please avoid strong light</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="29" />
        <source>Please hold still</source>
        <translation>Please hold still</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="30" />
        <source>Please blink</source>
        <translation>Please blink</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="31" />
        <source>Please turn your head to your left</source>
        <translation>Please turn your head to your left</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="32" />
        <source>Please turn your head to your right</source>
        <translation>Please turn your head to your right</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="79" />
        <source>Camera not available</source>
        <translation>Camera not available</translation>
    </message>
</context>
<context>
    <name>CatalogueEmpty</name>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="18" />
        <source>The service catalogue has not been downloaded yet</source>
        <translation>The service catalogue has not been downloaded yet</translation>
    </message>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="26" />
        <source>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</source>
        <translation>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="35" />
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="60" />
        <source>No services of this kind are offered at this kiosk. Please ask at a service window.</source>
        <translation>No services of this kind are offered at this kiosk. Please ask at a service window.</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="69" />
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>on the spot</source>
        <translation>on the spot</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="22" />
        <source>Pickup cabinet</source>
        <translation>Pickup cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="23" />
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="24" />
        <source>Electronic certificate</source>
        <translation>Electronic certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="25" />
        <source>Collect at a service window</source>
        <translation>Collect at a service window</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="31" />
        <source>No identity check needed</source>
        <translation>No identity check needed</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="32" />
        <source>Needs your ID card</source>
        <translation>Needs your ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="33" />
        <source>Needs your ID card and a face check</source>
        <translation>Needs your ID card and a face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="41" />
        <source>%1 copies</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="52" />
        <source>This service is not in this kiosk's catalogue. Please go back and choose another one.</source>
        <translation>This service is not in this kiosk's catalogue. Please go back and choose another one.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="115" />
        <source>Self-service at this kiosk</source>
        <translation>Self-service at this kiosk</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="116" />
        <source>Guide only at this kiosk</source>
        <translation>Guide only at this kiosk</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="145" />
        <source>Applying at this kiosk is not available yet. Until it is, please use one of the places under "Also available at".</source>
        <translation>Applying at this kiosk is not available yet. Until it is, please use one of the places under "Also available at".</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="146" />
        <source>This service cannot be completed at a self-service kiosk. Please use one of the places under "Also available at".</source>
        <translation>This service cannot be completed at a self-service kiosk. Please use one of the places under "Also available at".</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="156" />
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="167" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="176" />
        <source>No materials needed.</source>
        <translation>No materials needed.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="205" />
        <source>E-certificate accepted</source>
        <translation>E-certificate accepted</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="213" />
        <source>May be replaced by a signed commitment</source>
        <translation>May be replaced by a signed commitment</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="226" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="232" />
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="234" />
        <source>Promised: %1</source>
        <translation>Promised: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="235" />
        <source>Legal limit: %1</source>
        <translation>Legal limit: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="241" />
        <source>Visits to a service window</source>
        <translation>Visits to a service window</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="243" />
        <source>None: you do not need to go to a window.</source>
        <translation>None: you do not need to go to a window.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="244" />
        <source>At most %1</source>
        <translation>At most %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="249" />
        <source>How you receive the result</source>
        <translation>How you receive the result</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="255" />
        <source>Also available at</source>
        <translation>Also available at</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="261" />
        <source>Part of the combined service</source>
        <translation>Part of the combined service</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="267" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="272" />
        <source>Service code: %1</source>
        <translation>Service code: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="311" />
        <source>Scan with your phone to read this guide</source>
        <translation>Scan with your phone to read this guide</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="326" />
        <source>Print this guide</source>
        <translation>Print this guide</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="331" />
        <source>Printing is not available yet at this kiosk.</source>
        <translation>Printing is not available yet at this kiosk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="346" />
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="351" />
        <source>Not available yet at this kiosk.</source>
        <translation>Not available yet at this kiosk.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="32" />
        <source>Need help?</source>
        <translation>Need help?</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="40" />
        <source>Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).</source>
        <translation>Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="48" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="29" />
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="37" />
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="44" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="67" />
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>Search services: name, pinyin or initials (e.g. sbk)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="28" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="46" />
        <source>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</source>
        <translation>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="58" />
        <source>End now</source>
        <translation>End now</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="65" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../screens/qml/Labels.qml" line="8" />
        <source>Presence sensor</source>
        <translation>Presence sensor</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="9" />
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="10" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="11" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="12" />
        <source>Certificate cabinet</source>
        <translation>Certificate cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="18" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="19" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="20" />
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="21" />
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="22" />
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="23" />
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="24" />
        <source>Powered off</source>
        <translation>Powered off</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="30" />
        <source>This kiosk is being serviced.</source>
        <translation>This kiosk is being serviced.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="31" />
        <source>The devices this kiosk needs are not working.</source>
        <translation>The devices this kiosk needs are not working.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="37" />
        <source>Please take your ID card and receipt with you.</source>
        <translation>Please take your ID card and receipt with you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="38" />
        <source>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</source>
        <translation>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="44" />
        <source>Social security</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="45" />
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="46" />
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="47" />
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="48" />
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="49" />
        <source>Starting a business</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="50" />
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="51" />
        <source>Civil affairs</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="52" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="53" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="54" />
        <source>Business changes</source>
        <translation>Business changes</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="55" />
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../screens/qml/Main.qml" line="7" />
        <source>Government self-service kiosk</source>
        <translation>Government self-service kiosk</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="19" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="27" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="35" />
        <source>End visit</source>
        <translation>End visit</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="28" />
        <source>This kiosk is temporarily out of service</source>
        <translation>This kiosk is temporarily out of service</translation>
    </message>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="45" />
        <source>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</source>
        <translation>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="29" />
        <source>Service name, pinyin or initials</source>
        <translation>Service name, pinyin or initials</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="53" />
        <source>Popular services</source>
        <translation>Popular services</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="54" />
        <source>Services found: %1</source>
        <translation>Services found: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="96" />
        <source>No service matches "%1"</source>
        <translation>No service matches "%1"</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="104" />
        <source>Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.</source>
        <translation>Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="116" />
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Guide only</source>
        <translation>Guide only</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="45" />
        <source>Platform online</source>
        <translation>Platform online</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46" />
        <source>Platform offline</source>
        <translation>Platform offline</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="46" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="52" />
        <source>All sent</source>
        <translation>All sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="52" />
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n item waiting to send</numerusform>
            <numerusform>%n items waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="58" />
        <source>Devices OK</source>
        <translation>Devices OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="59" />
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n device needs attention</numerusform>
            <numerusform>%n devices need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74" />
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="74" />
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="82" />
        <source>Call for help</source>
        <translation>Call for help</translation>
    </message>
</context>
<context>
    <name>cabinet</name>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="170" />
        <source>Compartment {compartment} is open. Please take your certificate and close the door.</source>
        <extracomment>Flags (why staff must look at a compartment). English source texts for the screens, by event/flag/reason code. The view-model passes them through Qt's translation (``QCoreApplication.translate("cabinet", text)``); lupdate extracts them into i18n/*.ts through the QT_TRANSLATE_NOOP marks.</extracomment>
        <translation>Compartment {compartment} is open. Please take your certificate and close the door.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="174" />
        <source>Thank you. Your certificate has been collected.</source>
        <translation>Thank you. Your certificate has been collected.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="175" />
        <source>The certificate is still in compartment {compartment}. Please call for help if you could not take it.</source>
        <translation>The certificate is still in compartment {compartment}. Please call for help if you could not take it.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="180" />
        <source>Please close the door of compartment {compartment}.</source>
        <translation>Please close the door of compartment {compartment}.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="181" />
        <source>Compartment {compartment} is open. Put the certificate in and close the door.</source>
        <translation>Compartment {compartment} is open. Put the certificate in and close the door.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="184" />
        <source>The certificate is in compartment {compartment}.</source>
        <translation>The certificate is in compartment {compartment}.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="185" />
        <source>Compartment {compartment} was closed empty. Nothing was deposited.</source>
        <translation>Compartment {compartment} was closed empty. Nothing was deposited.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="188" />
        <source>The compartment door did not open. Please call for help.</source>
        <translation>The compartment door did not open. Please call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="191" />
        <source>The cabinet did not confirm that the door opened. Please call for help.</source>
        <translation>The cabinet did not confirm that the door opened. Please call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="194" />
        <source>The cabinet is not answering. Please call for help.</source>
        <translation>The cabinet is not answering. Please call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="195" />
        <source>The pickup cabinet is temporarily unavailable.</source>
        <translation>The pickup cabinet is temporarily unavailable.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="196" />
        <source>No certificate is waiting for you in this cabinet.</source>
        <translation>No certificate is waiting for you in this cabinet.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="197" />
        <source>Too many wrong pickup codes. Please try again later or call for help.</source>
        <translation>Too many wrong pickup codes. Please try again later or call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="200" />
        <source>This compartment has already been opened for you.</source>
        <translation>This compartment has already been opened for you.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="203" />
        <source>There is no free compartment in the cabinet.</source>
        <translation>There is no free compartment in the cabinet.</translation>
    </message>
</context>
</TS>