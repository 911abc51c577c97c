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
    <name>FaceScreen</name>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="16" />
        <source>Please blink</source>
        <translation>Please blink</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="17" />
        <source>Please turn your head to your left</source>
        <translation>Please turn your head to your left</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="18" />
        <source>Please turn your head to your right</source>
        <translation>Please turn your head to your right</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="20" />
        <location filename="../screens/qml/FaceScreen.qml" line="80" />
        <source>Please look at the camera</source>
        <translation>Please look at the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="30" />
        <source>Face check</source>
        <translation>Face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="78" />
        <source>Checking with the identity authority, please wait…</source>
        <translation>Checking with the identity authority, please wait…</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="90" />
        <source>This shows that a live person is in front of the camera.</source>
        <translation>This shows that a live person is in front of the camera.</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="99" />
        <source>Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.</source>
        <translation>Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="108" />
        <source>Time left: %1 s</source>
        <translation>Time left: %1 s</translation>
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
        <location filename="../screens/qml/HomeScreen.qml" line="72" />
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>Search services: name, pinyin or initials (e.g. sbk)</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="101" />
        <source>Track my applications</source>
        <translation>Track my applications</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="112" />
        <source>Card reader unavailable</source>
        <translation>Card reader unavailable</translation>
    </message>
</context>
<context>
    <name>IdCardScreen</name>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="20" />
        <source>Read your ID card</source>
        <translation>Read your ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="96" />
        <source>Please place your ID card on the reader below the screen</source>
        <translation>Please place your ID card on the reader below the screen</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="104" />
        <source>Photo side up, flat on the reader. Keep it there until it has been read.</source>
        <translation>Photo side up, flat on the reader. Keep it there until it has been read.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="112" />
        <source>Waiting for your card: %1 s</source>
        <translation>Waiting for your card: %1 s</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="132" />
        <source>Reading your ID card. Please keep it still…</source>
        <translation>Reading your ID card. Please keep it still…</translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="22" />
        <source>I agree, read my ID card</source>
        <translation>I agree, read my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="23" />
        <source>I agree to the face check</source>
        <translation>I agree to the face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="24" />
        <source>Place the card again</source>
        <translation>Place the card again</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="25" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="26" />
        <source>Use the app QR code</source>
        <translation>Use the app QR code</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="27" />
        <source>Use my ID card</source>
        <translation>Use my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="28" />
        <source>Ask staff for help</source>
        <translation>Ask staff for help</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="29" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdentityConsentScreen</name>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Face check</source>
        <translation>Face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="47" />
        <source>To continue, this kiosk needs to read your resident ID card.</source>
        <translation>To continue, this kiosk needs to read your resident ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="57" />
        <source>What is read</source>
        <translation>What is read</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="58" />
        <source>Name, ID number, sex, ethnic group, date of birth, address and validity of the card.</source>
        <translation>Name, ID number, sex, ethnic group, date of birth, address and validity of the card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="64" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="65" />
        <source>To confirm who you are and to show only your own information.</source>
        <translation>To confirm who you are and to show only your own information.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="71" />
        <source>How long it is kept</source>
        <translation>How long it is kept</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="72" />
        <source>Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.</source>
        <translation>Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="78" />
        <source>This service also needs a face check. You will be asked for that separately.</source>
        <translation>This service also needs a face check. You will be asked for that separately.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="89" />
        <source>ID card read: %1, %2</source>
        <translation>ID card read: %1, %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="99" />
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="100" />
        <source>The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.</source>
        <translation>The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="106" />
        <source>Your picture</source>
        <translation>Your picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="107" />
        <source>The picture is deleted right after the check and never stored at this kiosk.</source>
        <translation>The picture is deleted right after the check and never stored at this kiosk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="113" />
        <source>The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.</source>
        <translation>The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.</translation>
    </message>
</context>
<context>
    <name>IdentityHeader</name>
    <message>
        <location filename="../screens/qml/IdentityHeader.qml" line="23" />
        <source>Voice on</source>
        <translation>Voice on</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityHeader.qml" line="23" />
        <source>Voice off</source>
        <translation>Voice off</translation>
    </message>
</context>
<context>
    <name>IdentityResultScreen</name>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="44" />
        <source>Identity verified</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="45" />
        <source>Your face does not match the ID card</source>
        <translation>Your face does not match the ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="46" />
        <source>The identity check is not available right now</source>
        <translation>The identity check is not available right now</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="47" />
        <source>Staff are on their way</source>
        <translation>Staff are on their way</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="59" />
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="69" />
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="80" />
        <source>Please face the camera in good light and try once more, or ask staff to check your ID card.</source>
        <translation>Please face the camera in good light and try once more, or ask staff to check your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="81" />
        <source>Please ask a member of staff to check your ID card in person.</source>
        <translation>Please ask a member of staff to check your ID card in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="83" />
        <source>The identity service cannot be reached. A member of staff can check your ID card in person.</source>
        <translation>The identity service cannot be reached. A member of staff can check your ID card in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="85" />
        <source>Please wait here. A member of staff will check your identity in person.</source>
        <translation>Please wait here. A member of staff will check your identity in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>IdentityViewModel</name>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="114" />
        <source>Please place your ID card on the reader.</source>
        <extracomment>router screens of the journey (they replace each other on the stack)</extracomment>
        <translation>Please place your ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="116" />
        <source>Please look at the camera.</source>
        <translation>Please look at the camera.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="118" />
        <source>Please take your ID card.</source>
        <translation>Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="119" />
        <source>Please show the QR code from the mobile app to the camera.</source>
        <translation>Please show the QR code from the mobile app to the camera.</translation>
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
    <name>ProblemPanel</name>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="17" />
        <source>No ID card found</source>
        <translation>No ID card found</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="18" />
        <source>The card was moved</source>
        <translation>The card was moved</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="19" />
        <source>The card could not be read</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="20" />
        <source>This ID card has expired</source>
        <translation>This ID card has expired</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="21" />
        <source>The card reader is not working</source>
        <translation>The card reader is not working</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="22" />
        <source>The camera is not working</source>
        <translation>The camera is not working</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="23" />
        <source>We could not take a clear picture</source>
        <translation>We could not take a clear picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="24" />
        <source>The check was not completed</source>
        <translation>The check was not completed</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="25" />
        <source>No QR code was found</source>
        <translation>No QR code was found</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="26" />
        <source>This code is not valid</source>
        <translation>This code is not valid</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="28" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="32" />
        <source>Please put your ID card flat on the reader below the screen and leave it there.</source>
        <translation>Please put your ID card flat on the reader below the screen and leave it there.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="33" />
        <source>Please place the card again and leave it until reading has finished.</source>
        <translation>Please place the card again and leave it until reading has finished.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="34" />
        <source>The card may be damaged or not a valid ID card. Please try again, or ask staff for help.</source>
        <translation>The card may be damaged or not a valid ID card. Please try again, or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="35" />
        <source>An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.</source>
        <translation>An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="36" />
        <source>Please try again. If it still does not work, ask staff for help.</source>
        <translation>Please try again. If it still does not work, ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="37" />
        <source>Please try again, or ask staff to check your identity in person.</source>
        <translation>Please try again, or ask staff to check your identity in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="38" />
        <source>Please stand in front of the screen, face the camera and keep still, then try again.</source>
        <translation>Please stand in front of the screen, face the camera and keep still, then try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="39" />
        <source>Please follow the instruction on the screen, for example blink, and try again.</source>
        <translation>Please follow the instruction on the screen, for example blink, and try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="40" />
        <source>Please hold your phone about 20 cm in front of the camera, screen towards it.</source>
        <translation>Please hold your phone about 20 cm in front of the camera, screen towards it.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="41" />
        <source>The code may have expired. Please refresh it in the app and try again.</source>
        <translation>The code may have expired. Please refresh it in the app and try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="43" />
        <source>Please try again, or ask staff for help.</source>
        <translation>Please try again, or ask staff for help.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="28" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="29" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="30" />
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="31" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="32" />
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="33" />
        <source>More materials needed</source>
        <translation>More materials needed</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="34" />
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="35" />
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="36" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="57" />
        <source>Track my applications</source>
        <translation>Track my applications</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="66" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="104" />
        <source>Use my ID card</source>
        <translation>Use my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="115" />
        <source>See all your applications: place your ID card on the reader.</source>
        <translation>See all your applications: place your ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="128" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>Temporarily unavailable: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="158" />
        <source>Enter an application number</source>
        <translation>Enter an application number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="169" />
        <source>The number is printed on your receipt. No ID card needed.</source>
        <translation>The number is printed on your receipt. No ID card needed.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="193" />
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="222" />
        <source>Please enter all 14 digits after SQ.</source>
        <translation>Please enter all 14 digits after SQ.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="223" />
        <source>Type the 14 digits after SQ, for example SQ 20261122000123.</source>
        <translation>Type the 14 digits after SQ, for example SQ 20261122000123.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="230" />
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="271" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="289" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="238" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="311" />
        <source>Looking up your applications…</source>
        <translation>Looking up your applications…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="320" />
        <source>There are no applications on record for you.</source>
        <translation>There are no applications on record for you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="321" />
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>No application has this number. Please check the number on your receipt.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="322" />
        <source>Cannot reach the platform now. Please try again in a moment.</source>
        <translation>Cannot reach the platform now. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="323" />
        <source>The platform could not answer this question. Please ask staff for help.</source>
        <translation>The platform could not answer this question. Please ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="324" />
        <source>No ID card has been read. Please go back and choose your ID card again.</source>
        <translation>No ID card has been read. Please go back and choose your ID card again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="339" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="347" />
        <source>Enter another number</source>
        <translation>Enter another number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="415" />
        <source>No. %1 · received %2 · promised by %3</source>
        <translation>No. %1 · received %2 · promised by %3</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="427" />
        <source>Applicant ID: %1</source>
        <translation>Applicant ID: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="437" />
        <source>Ready in pickup cabinet compartment %1</source>
        <translation>Ready in pickup cabinet compartment %1</translation>
    </message>
</context>
<context>
    <name>QrIdentityScreen</name>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="19" />
        <source>Show your QR code</source>
        <translation>Show your QR code</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="64" />
        <source>Checking your code, please wait…</source>
        <translation>Checking your code, please wait…</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="65" />
        <source>Open the mobile app and show your identity QR code to the camera</source>
        <translation>Open the mobile app and show your identity QR code to the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="75" />
        <source>This is not an identity code. Please show the identity code from the app.</source>
        <translation>This is not an identity code. Please show the identity code from the app.</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="85" />
        <source>Time left: %1 s</source>
        <translation>Time left: %1 s</translation>
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
    <name>TakeCardReminder</name>
    <message>
        <location filename="../screens/qml/TakeCardReminder.qml" line="15" />
        <source>Please take your ID card from the reader.</source>
        <translation>Please take your ID card from the reader.</translation>
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