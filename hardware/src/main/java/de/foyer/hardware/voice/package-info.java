/**
 * The voice of the kiosk and the call screen: the {@code espeak-ng} program from Debian, which has a
 * voice for each of the citizens' languages and plays on the machine's default audio output. One
 * small wrapper, so that both speak alike; what they say is theirs.
 */
package de.foyer.hardware.voice;
