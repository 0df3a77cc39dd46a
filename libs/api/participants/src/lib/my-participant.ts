import { Actor, notFound, TenantScope } from '@inspraak/api-core';
import { Participant, ParticipationStatus } from './participants.entities';

/** The actor's own participation while they are in the pool (active or paused); NOT_FOUND otherwise. */
export async function myParticipantInPool(
  scope: TenantScope,
  actor: Actor,
): Promise<Participant> {
  const participant = await scope
    .repo(Participant)
    .findOne({ userId: actor.userId });
  if (!participant || participant.status === ParticipationStatus.LEFT) {
    throw notFound({
      nl: 'Deelname aan de participantenpool',
      en: 'Participation in the pool',
    });
  }
  return participant;
}
