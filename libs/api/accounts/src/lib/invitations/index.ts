export * from './invitation.models';
export * from './invitation-queue';
export * from './invitation.processor';
export * from './invitations.service';
export * from './setup-organisation';
